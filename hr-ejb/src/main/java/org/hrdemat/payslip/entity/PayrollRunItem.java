package org.hrdemat.payslip.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * One payslip to produce from a run: the matricule, the agent when known, its pages in the source. PENDING until
 * produced (DONE) in the same transaction as its payslip, which is what makes a restarted job skip it.
 */
@Entity
@Table(name = "payroll_run_item")
@NamedQuery(name = "PayrollRunItem.pendingAfter", query = "select i from PayrollRunItem i where i.runId = :run "
        + "and i.status = 'PENDING' and i.id > :after and mod(i.id, :n) = :k order by i.id")
@NamedQuery(name = "PayrollRunItem.ofRun", query = "select i from PayrollRunItem i where i.runId = :run order by i.id")
@NamedQuery(name = "PayrollRunItem.countDone", query = "select count(i) from PayrollRunItem i where i.runId = :run "
        + "and i.status = 'DONE'")
public class PayrollRunItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "run_id", nullable = false)
    private Long runId;

    @jakarta.validation.constraints.Size(max = 20)
    @Column(nullable = false, length = 20)
    private String matricule;

    @Column(name = "employee_id")
    private Long employeeId;

    @Column(name = "first_page", nullable = false)
    private int firstPage;

    @Column(name = "last_page", nullable = false)
    private int lastPage;

    /** PENDING, DONE, UNKNOWN (no such agent: nothing produced), FAILED. */
    @jakarta.validation.constraints.Size(max = 20)
    @Column(nullable = false, length = 20)
    private String status;

    @jakarta.validation.constraints.Size(max = 64)
    @Column(name = "document_sha", length = 64)
    private String documentSha;

    @jakarta.validation.constraints.Size(max = 500)
    @Column(length = 500)
    private String error;

    /** Null until produced: whether the payslip is PDF/A, and otherwise why it stayed the original PDF. */
    @Column(name = "pdfa")
    private Boolean pdfA;

    @jakarta.validation.constraints.Size(max = 300)
    @Column(name = "format_note", length = 300)
    private String formatNote;

    protected PayrollRunItem() {
    }

    public PayrollRunItem(Long runId, String matricule, Long employeeId, int firstPage, int lastPage) {
        this.runId = runId;
        this.matricule = matricule;
        this.employeeId = employeeId;
        this.firstPage = firstPage;
        this.lastPage = lastPage;
        this.status = employeeId == null ? "UNKNOWN" : "PENDING";
    }

    public void done(String sha, boolean pdfA, String formatNote) {
        status = "DONE";
        documentSha = sha;
        error = null;
        this.pdfA = pdfA;
        this.formatNote = formatNote == null || formatNote.length() <= 300 ? formatNote : formatNote.substring(0, 300);
    }

    public Boolean getPdfA() {
        return pdfA;
    }

    public String getFormatNote() {
        return formatNote;
    }

    public Long getId() {
        return id;
    }

    public Long getRunId() {
        return runId;
    }

    public String getMatricule() {
        return matricule;
    }

    public Long getEmployeeId() {
        return employeeId;
    }

    public int getFirstPage() {
        return firstPage;
    }

    public int getLastPage() {
        return lastPage;
    }

    public String getStatus() {
        return status;
    }

    public String getDocumentSha() {
        return documentSha;
    }
}
