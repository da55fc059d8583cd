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

/** A contract, amendment or arrêté generated for an agent from a template version, as a PDF/A in the store. */
@Entity
@Table(name = "contract")
@NamedQuery(name = "Contract.ofEmployer", query = "select c from Contract c where c.employerId = :employer order by c.id desc")
@NamedQuery(name = "Contract.ofEmployee", query = "select c from Contract c where c.employeeId = :employee "
        + "and c.status <> :draft order by c.id desc")
public class Contract {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "employer_id", nullable = false)
    private Long employerId;

    @Column(name = "employee_id", nullable = false)
    private Long employeeId;

    @jakarta.validation.constraints.Size(max = 80)
    @Column(name = "template_name", nullable = false, length = 80)
    private String templateName;

    @jakarta.validation.constraints.Size(max = 12)
    @Column(name = "template_version", nullable = false, length = 12)
    private String templateVersion;

    @jakarta.validation.constraints.Size(max = 200)
    @Column(nullable = false, length = 200)
    private String title;

    /** The values HR gave, as a JSON object. */
    @jakarta.validation.constraints.Size(max = 8000)
    @Column(name = "field_values", nullable = false, length = 8000)
    private String fieldValues;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ContractStatus status = ContractStatus.DRAFT;

    /** The current PDF: the generated one, then after each signature the signed one. */
    @jakarta.validation.constraints.Size(max = 64)
    @Column(name = "document_sha", nullable = false, length = 64)
    private String documentSha;

    @Column(name = "batch_id")
    private Long batchId;

    @jakarta.validation.constraints.Size(max = 100)
    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Contract() {
    }

    public Contract(Long employerId, Long employeeId, String templateName, String templateVersion, String title,
                    String fieldValues, String documentSha, Long batchId, String createdBy, Instant createdAt) {
        this.employerId = employerId;
        this.employeeId = employeeId;
        this.templateName = templateName;
        this.templateVersion = templateVersion;
        this.title = title.length() <= 200 ? title : title.substring(0, 200);
        this.fieldValues = fieldValues;
        this.documentSha = documentSha;
        this.batchId = batchId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Sent for signature: the draft can no longer change. */
    public void send() {
        if (status != ContractStatus.DRAFT) {
            throw new org.hrdemat.shared.ConflictException("contract.notDraft");
        }
        status = ContractStatus.SENT;
    }

    /** A signature was added: the current PDF is the signed one. */
    public void signedVersion(String sha) {
        documentSha = sha;
    }

    /** The request ended: signed by all (and sealed), refused, expired or cancelled. */
    public void end(ContractStatus how) {
        status = how;
    }

    public Long getId() {
        return id;
    }

    public Long getEmployerId() {
        return employerId;
    }

    public Long getEmployeeId() {
        return employeeId;
    }

    public String getTemplateName() {
        return templateName;
    }

    public String getTemplateVersion() {
        return templateVersion;
    }

    public String getTitle() {
        return title;
    }

    public String getFieldValues() {
        return fieldValues;
    }

    public ContractStatus getStatus() {
        return status;
    }

    public String getDocumentSha() {
        return documentSha;
    }

    public Long getBatchId() {
        return batchId;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
