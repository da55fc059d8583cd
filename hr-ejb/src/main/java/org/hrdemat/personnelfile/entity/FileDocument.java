package org.hrdemat.personnelfile.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hrdemat.shared.ConflictException;

/**
 * A numbered document of a file. Its metadata never changes after filing; its content lives in versions (a
 * correction adds one); it leaves the file only by an HR withdrawal with a reason, or by a retention decision.
 */
@Entity
@Table(name = "file_document")
@NamedQuery(name = "FileDocument.ofFile", query = "select d from FileDocument d join fetch d.section join fetch d.type "
        + "where d.fileId = :file order by d.number")
@NamedQuery(name = "FileDocument.reviewDue", query = "select d from FileDocument d, PersonnelFile f "
        + "where d.fileId = f.id and f.employerId = :employer and d.reviewDue = true and d.status = :status order by d.retentionDue, d.id")
@NamedQuery(name = "FileDocument.undated", query = "select d from FileDocument d where d.fileId = :file "
        + "and d.retentionDue is null and d.status = :status")
public class FileDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "file_id", nullable = false)
    private Long fileId;

    @Column(name = "doc_number", nullable = false)
    private int number;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "section_id")
    private FileSection section;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "type_id")
    private FileDocumentType type;

    @jakarta.validation.constraints.Size(max = 200)
    @Column(nullable = false, length = 200)
    private String title;

    @jakarta.validation.constraints.Size(max = 1000)
    @Column(length = 1000)
    private String description;

    @Column(name = "document_date", nullable = false)
    private LocalDate documentDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private DocumentOrigin origin;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private DocumentStatus status = DocumentStatus.ACTIVE;

    @Column(name = "current_version", nullable = false)
    private int currentVersion;

    @Column(name = "retention_due")
    private LocalDate retentionDue;

    @Column(name = "review_due", nullable = false)
    private boolean reviewDue;

    @jakarta.validation.constraints.Size(max = 500)
    @Column(name = "withdrawn_reason", length = 500)
    private String withdrawnReason;

    @jakarta.validation.constraints.Size(max = 100)
    @Column(name = "withdrawn_by", length = 100)
    private String withdrawnBy;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "decision_id")
    private Long decisionId;

    @jakarta.validation.constraints.Size(max = 100)
    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected FileDocument() {
    }

    public FileDocument(Long fileId, int number, FileDocumentType type, String title, String description,
                        LocalDate documentDate, DocumentOrigin origin, String createdBy, Instant createdAt) {
        this.fileId = fileId;
        this.number = number;
        this.type = type;
        this.section = type.getSection();
        this.title = title;
        this.description = description;
        this.documentDate = documentDate;
        this.origin = origin;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Hands out the next version number of the content (1 for the first). */
    public int nextVersion() {
        requireActive();
        currentVersion++;
        return currentVersion;
    }

    public void withdraw(String reason, String by, Instant at) {
        requireActive();
        status = DocumentStatus.WITHDRAWN;
        withdrawnReason = reason;
        withdrawnBy = by;
        withdrawnAt = at;
        reviewDue = false;
    }

    public void scheduleRetention(LocalDate due) {
        retentionDue = due;
    }

    public void markReviewDue() {
        if (status == DocumentStatus.ACTIVE) {
            reviewDue = true;
        }
    }

    /** The HR decision once the retention is over: archived (kept here as a record of it) or destroyed. */
    public void decide(FinalAction action, Long decision) {
        if (status != DocumentStatus.ACTIVE || !reviewDue) {
            throw new ConflictException("file.notDue", number);
        }
        status = action == FinalAction.ARCHIVE ? DocumentStatus.ARCHIVED : DocumentStatus.DESTROYED;
        decisionId = decision;
        reviewDue = false;
    }

    private void requireActive() {
        if (status != DocumentStatus.ACTIVE) {
            throw new ConflictException("file.documentNotActive", number);
        }
    }

    public Long getId() {
        return id;
    }

    public Long getFileId() {
        return fileId;
    }

    public int getNumber() {
        return number;
    }

    public FileSection getSection() {
        return section;
    }

    public FileDocumentType getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getDocumentDate() {
        return documentDate;
    }

    public DocumentOrigin getOrigin() {
        return origin;
    }

    public DocumentStatus getStatus() {
        return status;
    }

    public int getCurrentVersion() {
        return currentVersion;
    }

    public LocalDate getRetentionDue() {
        return retentionDue;
    }

    public boolean isReviewDue() {
        return reviewDue;
    }

    public String getWithdrawnReason() {
        return withdrawnReason;
    }

    public String getWithdrawnBy() {
        return withdrawnBy;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public Long getDecisionId() {
        return decisionId;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
