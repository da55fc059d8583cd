/** Recording, listing and verifying audit events. */
package org.hrdemat.audit.boundary;
