/** Authentication: one identity store behind the login page and HTTP Basic for the API. */
package org.hrdemat.web.security;
