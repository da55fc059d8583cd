package org.hrdemat.audit.boundary;

import org.hrdemat.audit.entity.AuditOutcome;

/** What a feature asks the audit log to record. */
public record AuditEntry(String actor, Long employerId, String action, String target, AuditOutcome outcome,
                         String details) {

    public static AuditEntry success(String actor, Long employerId, String action, String target, String details) {
        return new AuditEntry(actor, employerId, action, target, AuditOutcome.SUCCESS, details);
    }

    public static AuditEntry denied(String actor, Long employerId, String action, String target, String details) {
        return new AuditEntry(actor, employerId, action, target, AuditOutcome.DENIED, details);
    }

    public static AuditEntry failure(String actor, Long employerId, String action, String target, String details) {
        return new AuditEntry(actor, employerId, action, target, AuditOutcome.FAILURE, details);
    }
}
