/** Start-up of the application: schema migration, readiness, runtime wiring. */
package org.hrdemat.platform;
