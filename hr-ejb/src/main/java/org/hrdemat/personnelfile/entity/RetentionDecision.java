package org.hrdemat.personnelfile.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An HR decision on documents whose retention is over: archived (the record is the SEDA transfer package) or
 * destroyed (the record is the elimination record, a PDF listing what was destroyed).
 */
@Entity
@Table(name = "retention_decision")
@NamedQuery(name = "RetentionDecision.ofEmployer", query = "select d from RetentionDecision d where d.employerId = :employer order by d.id desc")
public class RetentionDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "employer_id", nullable = false)
    private Long employerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private FinalAction action;

    @jakarta.validation.constraints.Size(max = 100)
    @Column(name = "decided_by", nullable = false, length = 100)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Column(name = "document_count", nullable = false)
    private int documentCount;

    @jakarta.validation.constraints.Size(max = 64)
    @Column(name = "record_sha", nullable = false, length = 64)
    private String recordSha;

    protected RetentionDecision() {
    }

    public RetentionDecision(Long employerId, FinalAction action, String decidedBy, Instant decidedAt,
                             int documentCount, String recordSha) {
        this.employerId = employerId;
        this.action = action;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.documentCount = documentCount;
        this.recordSha = recordSha;
    }

    public Long getId() {
        return id;
    }

    public Long getEmployerId() {
        return employerId;
    }

    public FinalAction getAction() {
        return action;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public int getDocumentCount() {
        return documentCount;
    }

    public String getRecordSha() {
        return recordSha;
    }
}
