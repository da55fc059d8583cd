package org.hrdemat.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One audited fact (who did what to which record, with what outcome). Its id is its position in the chain and
 * {@code hash} covers its content and the previous event's hash, so an edit or a deletion breaks the chain.
 * Never updated after insertion.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @jakarta.validation.constraints.Size(max = 100)
    @Column(nullable = false, length = 100)
    private String actor;

    @Column(name = "employer_id")
    private Long employerId;

    @jakarta.validation.constraints.Size(max = 60)
    @Column(nullable = false, length = 60)
    private String action;

    @jakarta.validation.constraints.Size(max = 200)
    @Column(length = 200)
    private String target;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AuditOutcome outcome;

    @jakarta.validation.constraints.Size(max = 2000)
    @Column(length = 2000)
    private String details;

    @jakarta.validation.constraints.Size(max = 64)
    @Column(name = "prev_hash", nullable = false, length = 64)
    private String prevHash;

    @jakarta.validation.constraints.Size(max = 64)
    @Column(nullable = false, length = 64)
    private String hash;

    protected AuditEvent() {
    }

    public AuditEvent(long sequence, Instant occurredAt, String actor, Long employerId, String action, String target,
                      AuditOutcome outcome, String details, String prevHash, String hash) {
        this.id = sequence;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.employerId = employerId;
        this.action = action;
        this.target = target;
        this.outcome = outcome;
        this.details = details;
        this.prevHash = prevHash;
        this.hash = hash;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public Long getEmployerId() {
        return employerId;
    }

    public String getAction() {
        return action;
    }

    public String getTarget() {
        return target;
    }

    public AuditOutcome getOutcome() {
        return outcome;
    }

    public String getDetails() {
        return details;
    }

    public String getPrevHash() {
        return prevHash;
    }

    public String getHash() {
        return hash;
    }
}
