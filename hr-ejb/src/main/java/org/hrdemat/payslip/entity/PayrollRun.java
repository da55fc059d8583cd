package org.hrdemat.payslip.entity;

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
import org.hrdemat.shared.ConflictException;

/** One month's payroll of an employer, from the payroll software's bulk PDF, on its way to the agents. */
@Entity
@Table(name = "payroll_run")
@NamedQuery(name = "PayrollRun.ofEmployer", query = "select r from PayrollRun r where r.employerId = :employer "
        + "order by r.period desc, r.id desc")
@NamedQuery(name = "PayrollRun.openOfPeriod", query = "select r from PayrollRun r where r.employerId = :employer "
        + "and r.period = :period and r.status in :statuses")
public class PayrollRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "employer_id", nullable = false)
    private Long employerId;

    @jakarta.validation.constraints.Size(max = 7)
    @Column(nullable = false, length = 7)
    private String period;

    @jakarta.validation.constraints.Size(max = 10)
    @Column(name = "source_kind", nullable = false, length = 10)
    private String sourceKind;

    @jakarta.validation.constraints.Size(max = 200)
    @Column(name = "source_name", length = 200)
    private String sourceName;

    @jakarta.validation.constraints.Size(max = 64)
    @Column(name = "source_sha", nullable = false, length = 64)
    private String sourceSha;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RunStatus status;

    @Column(name = "total_items", nullable = false)
    private int totalItems;

    @Column(name = "done_items", nullable = false)
    private int doneItems;

    @Column(name = "job_execution_id")
    private Long jobExecutionId;

    @jakarta.validation.constraints.Size(max = 100)
    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @jakarta.validation.constraints.Size(max = 100)
    @Column(name = "published_by", length = 100)
    private String publishedBy;

    @Version
    private long version;

    protected PayrollRun() {
    }

    public PayrollRun(Long employerId, String period, String sourceKind, String sourceName, String sourceSha,
                      String createdBy, Instant createdAt) {
        this.employerId = employerId;
        this.period = period;
        this.sourceKind = sourceKind;
        this.sourceName = sourceName;
        this.sourceSha = sourceSha;
        this.status = RunStatus.IMPORTED;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void started(long executionId) {
        this.jobExecutionId = executionId;
        this.status = RunStatus.PROCESSING;
    }

    public void ready() {
        status = RunStatus.READY;
    }

    public void failed() {
        status = RunStatus.FAILED;
    }

    /** A new import of the same period replaces this run, unless it was published. */
    public void replaced() {
        if (status == RunStatus.PUBLISHED) {
            throw new ConflictException("payroll.alreadyPublished");
        }
        status = RunStatus.REPLACED;
    }

    public void publish(String by, Instant at) {
        if (status != RunStatus.READY) {
            throw new ConflictException("payroll.notReady");
        }
        status = RunStatus.PUBLISHED;
        publishedBy = by;
        publishedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getEmployerId() {
        return employerId;
    }

    public String getPeriod() {
        return period;
    }

    public String getSourceKind() {
        return sourceKind;
    }

    public String getSourceName() {
        return sourceName;
    }

    public String getSourceSha() {
        return sourceSha;
    }

    public RunStatus getStatus() {
        return status;
    }

    public int getTotalItems() {
        return totalItems;
    }

    public int getDoneItems() {
        return doneItems;
    }

    public Long getJobExecutionId() {
        return jobExecutionId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public long getVersion() {
        return version;
    }
}
