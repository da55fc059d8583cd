/** Integration tests against the real EAR in the provisioned WildFly: HTTP API, audit chain, browser. */
package org.hrdemat.it;
