/** Queuing notifications and dispatching the outbox. */
package org.hrdemat.notification.boundary;
