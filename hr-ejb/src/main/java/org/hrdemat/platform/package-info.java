/** Start-up of the application: schema migration, runtime wiring. */
package org.hrdemat.platform;
