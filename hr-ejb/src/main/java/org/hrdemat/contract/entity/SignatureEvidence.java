package org.hrdemat.contract.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a request's evidence trail: who, when, from which address, what, and the document's SHA-256. */
@Entity
@Table(name = "signature_evidence")
@NamedQuery(name = "SignatureEvidence.ofRequest", query = "select e from SignatureEvidence e where e.requestId = :request order by e.id")
public class SignatureEvidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", nullable = false)
    private Long requestId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @jakarta.validation.constraints.Size(max = 100)
    @Column(nullable = false, length = 100)
    private String actor;

    @jakarta.validation.constraints.Size(max = 60)
    @Column(name = "ip_address", length = 60)
    private String ipAddress;

    @jakarta.validation.constraints.Size(max = 30)
    @Column(nullable = false, length = 30)
    private String action;

    @jakarta.validation.constraints.Size(max = 1000)
    @Column(length = 1000)
    private String details;

    @jakarta.validation.constraints.Size(max = 64)
    @Column(name = "document_sha", length = 64)
    private String documentSha;

    protected SignatureEvidence() {
    }

    public SignatureEvidence(Long requestId, Instant occurredAt, String actor, String ipAddress, String action,
                             String details, String documentSha) {
        this.requestId = requestId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.ipAddress = ipAddress;
        this.action = action;
        this.details = details == null || details.length() <= 1000 ? details : details.substring(0, 1000);
        this.documentSha = documentSha;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getIpAddress() {
        return ipAddress;
    }

    public String getAction() {
        return action;
    }

    public String getDetails() {
        return details;
    }

    public String getDocumentSha() {
        return documentSha;
    }
}
