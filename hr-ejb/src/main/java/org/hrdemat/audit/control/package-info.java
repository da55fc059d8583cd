/** How an audit event is hashed and how a chain is checked, without a container. */
package org.hrdemat.audit.control;
