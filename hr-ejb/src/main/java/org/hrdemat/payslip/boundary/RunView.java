package org.hrdemat.payslip.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.hrdemat.payslip.entity.RunStatus;

/**
 * A payroll run as HR follows it: progress, what matched, what is wrong; how many payslips are PDF/A and which
 * stayed the payroll software's original PDF, grouped by reason. Reasons and issues are codes with their detail,
 * which pages and clients put into words in the reader's language.
 */
public record RunView(Long id, String period, String sourceName, RunStatus status, int total, int done, int progress,
                      int matched,
                      List<String> unknownMatricules, List<String> missingEmployees, List<Issue> otherIssues,
                      int payslips, int pdfA, List<KeptOriginalGroup> keptOriginal, Instant createdAt,
                      Instant publishedAt)
        implements Serializable {

    /** An issue of the analysis: PAGE_WITHOUT_MATRICULE (detail: "page N"), DUPLICATE (matricule and pages). */
    public record Issue(String kind, String detail) implements Serializable {
    }

    /**
     * Payslips that stayed the original PDF for the same reason: a {@link org.hrdemat.document.control.KeptOriginal}
     * code, its detail (a font, a code, a page), how many, and the first matricules.
     */
    public record KeptOriginalGroup(String reason, String detail, int count, List<String> matricules)
            implements Serializable {
    }

    /** Percentage of the payslips produced. */
    static int percent(RunStatus status, int total, int done) {
        return total == 0 ? (status == RunStatus.READY || status == RunStatus.PUBLISHED ? 100 : 0) : 100 * done / total;
    }
}
