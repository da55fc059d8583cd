/**
 * The application's readiness, packaged apart from the EJB module (in the EAR's {@code lib/}, as the EJB module's
 * client jar): WildFly's health extension, in an EAR, only finds checks among the EAR's library beans, not among
 * those of its EJB or web modules (WildFly does not support health checks in EAR sub-deployments). These classes
 * therefore see neither module: the web module tells them when the pages are open, and they ask the database
 * themselves.
 */
package org.hrdemat.readiness;
