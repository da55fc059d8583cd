package org.hrdemat.payslip.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** Something HR must look at before publishing: unknown matricule, agent without payslip, duplicate, page without matricule. */
@Entity
@Table(name = "payroll_run_issue")
@NamedQuery(name = "PayrollRunIssue.ofRun", query = "select i from PayrollRunIssue i where i.runId = :run order by i.id")
public class PayrollRunIssue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "run_id", nullable = false)
    private Long runId;

    @jakarta.validation.constraints.Size(max = 30)
    @Column(nullable = false, length = 30)
    private String kind;

    @jakarta.validation.constraints.Size(max = 500)
    @Column(nullable = false, length = 500)
    private String detail;

    protected PayrollRunIssue() {
    }

    public PayrollRunIssue(Long runId, String kind, String detail) {
        this.runId = runId;
        this.kind = kind;
        this.detail = detail.length() > 500 ? detail.substring(0, 500) : detail;
    }

    public String getKind() {
        return kind;
    }

    public String getDetail() {
        return detail;
    }
}
