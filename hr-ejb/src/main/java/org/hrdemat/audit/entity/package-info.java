/** Audit events and the head of their hash chain. */
package org.hrdemat.audit.entity;
