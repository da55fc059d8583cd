/** Messages waiting in (or sent from) the outbox. */
package org.hrdemat.notification.entity;
