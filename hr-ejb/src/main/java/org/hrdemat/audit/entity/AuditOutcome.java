package org.hrdemat.audit.entity;

/** How an audited operation ended. */
public enum AuditOutcome {
    SUCCESS, FAILURE, DENIED
}
