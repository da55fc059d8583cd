/** The JSON REST API under /api/v1: same boundaries and authorisation as the pages. */
package org.hrdemat.web.api;
