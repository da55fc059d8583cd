package org.hrdemat.contract.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.hrdemat.shared.ConflictException;

/** The signature request of a contract: its state, deadline, and how it ended. */
@Entity
@Table(name = "signature_request")
@NamedQuery(name = "SignatureRequest.ofContract", query = "select r from SignatureRequest r where r.contractId = :contract")
@NamedQuery(name = "SignatureRequest.pendingWithDeadline", query = "select r from SignatureRequest r "
        + "where r.status = :pending and r.deadline is not null")
public class SignatureRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contract_id", nullable = false, unique = true)
    private Long contractId;

    @Column(name = "employer_id", nullable = false)
    private Long employerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private RequestStatus status = RequestStatus.PENDING;

    private LocalDate deadline;

    @jakarta.validation.constraints.Size(max = 100)
    @Column(name = "sent_by", nullable = false, length = 100)
    private String sentBy;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @jakarta.validation.constraints.Size(max = 500)
    @Column(name = "refusal_reason", length = 500)
    private String refusalReason;

    @jakarta.validation.constraints.Size(max = 100)
    @Column(name = "refused_by", length = 100)
    private String refusedBy;

    @Column(name = "reminded_on")
    private LocalDate remindedOn;

    @Version
    private long version;

    protected SignatureRequest() {
    }

    public SignatureRequest(Long contractId, Long employerId, LocalDate deadline, String sentBy, Instant sentAt) {
        this.contractId = contractId;
        this.employerId = employerId;
        this.deadline = deadline;
        this.sentBy = sentBy;
        this.sentAt = sentAt;
    }

    public void requirePending() {
        if (status != RequestStatus.PENDING) {
            throw new ConflictException("signature.notPending");
        }
    }

    public void complete(Instant at) {
        requirePending();
        status = RequestStatus.COMPLETED;
        completedAt = at;
    }

    public void refuse(String by, String reason, Instant at) {
        requirePending();
        status = RequestStatus.REFUSED;
        refusedBy = by;
        refusalReason = reason;
        completedAt = at;
    }

    public void expire(Instant at) {
        requirePending();
        status = RequestStatus.EXPIRED;
        completedAt = at;
    }

    public void cancel(Instant at) {
        requirePending();
        status = RequestStatus.CANCELLED;
        completedAt = at;
    }

    public void reminded(LocalDate on) {
        remindedOn = on;
    }

    public Long getId() {
        return id;
    }

    public Long getContractId() {
        return contractId;
    }

    public Long getEmployerId() {
        return employerId;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public String getSentBy() {
        return sentBy;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public String getRefusalReason() {
        return refusalReason;
    }

    public String getRefusedBy() {
        return refusedBy;
    }

    public LocalDate getRemindedOn() {
        return remindedOn;
    }
}
