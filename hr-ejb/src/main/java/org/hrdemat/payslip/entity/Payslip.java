package org.hrdemat.payslip.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hrdemat.shared.ConflictException;

/**
 * An agent's payslip for a period: a sealed PDF in the document store. Published payslips are never replaced: a
 * correction is a new version, and none can be deleted before its availability date.
 */
@Entity
@Table(name = "payslip")
@NamedQuery(name = "Payslip.publishedOf", query = "select p from Payslip p where p.employeeId = :employee "
        + "and p.publishedAt is not null order by p.period desc, p.version desc")
@NamedQuery(name = "Payslip.bySha", query = "select p from Payslip p where p.documentSha = :sha and p.publishedAt is not null")
@NamedQuery(name = "Payslip.ofRun", query = "select p from Payslip p where p.runId = :run order by p.id")
@NamedQuery(name = "Payslip.maxVersion", query = "select coalesce(max(p.version), 0) from Payslip p "
        + "where p.employeeId = :employee and p.period = :period and p.publishedAt is not null")
public class Payslip {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "employer_id", nullable = false)
    private Long employerId;

    @Column(name = "employee_id", nullable = false)
    private Long employeeId;

    @Column(name = "run_id", nullable = false)
    private Long runId;

    @Column(name = "item_id", nullable = false, unique = true)
    private Long itemId;

    @jakarta.validation.constraints.Size(max = 7)
    @Column(nullable = false, length = 7)
    private String period;

    @Column(name = "payslip_version", nullable = false)
    private int version;

    @jakarta.validation.constraints.Size(max = 64)
    @Column(name = "document_sha", nullable = false, length = 64)
    private String documentSha;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "available_until")
    private LocalDate availableUntil;

    /** PDF/A-3b, or the payroll software's original PDF (its fonts could not be embedded). */
    @Column(name = "pdfa", nullable = false)
    private boolean pdfA = true;

    protected Payslip() {
    }

    public Payslip(Long employerId, Long employeeId, Long runId, Long itemId, String period, String documentSha) {
        this.employerId = employerId;
        this.employeeId = employeeId;
        this.runId = runId;
        this.itemId = itemId;
        this.period = period;
        this.documentSha = documentSha;
        this.version = 1;
    }

    public Payslip archivedAs(boolean pdfA) {
        this.pdfA = pdfA;
        return this;
    }

    public boolean isPdfA() {
        return pdfA;
    }

    /** Publication: the version follows the ones already published for the same period. */
    public void publish(int previousVersions, Instant at, LocalDate until) {
        if (publishedAt != null) {
            throw new ConflictException("payroll.alreadyPublished");
        }
        this.version = previousVersions + 1;
        this.publishedAt = at;
        this.availableUntil = until;
    }

    /** Refuses deletion while the legal availability runs. */
    public void checkDeletable(LocalDate today) {
        if (publishedAt != null && (availableUntil == null || !today.isAfter(availableUntil))) {
            throw new ConflictException("payslip.retained", availableUntil);
        }
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

    public Long getRunId() {
        return runId;
    }

    public String getPeriod() {
        return period;
    }

    public int getVersion() {
        return version;
    }

    public String getDocumentSha() {
        return documentSha;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public LocalDate getAvailableUntil() {
        return availableUntil;
    }
}
