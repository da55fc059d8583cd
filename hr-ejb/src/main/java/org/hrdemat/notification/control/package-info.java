/** Mail transport: SMTP through the server's mail session, or the server log in demo mode without a mail host. */
package org.hrdemat.notification.control;
