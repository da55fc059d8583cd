/** Notifications by email through an outbox table: written with the business change, sent later by a timer. */
package org.hrdemat.notification;
