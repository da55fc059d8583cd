package org.hrdemat.audit.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import org.hrdemat.audit.entity.AuditOutcome;

/** Criteria for listing audit events; null fields do not filter. */
public record AuditFilter(Long employerId, String actor, String action, AuditOutcome outcome, LocalDate from,
                          LocalDate to) implements Serializable {
}
