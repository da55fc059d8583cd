package org.hrdemat.payslip.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.hrdemat.payslip.entity.RunStatus;

/**
 * A payroll run as HR follows it: progress, what matched, what is wrong; how many payslips are PDF/A and which
 * stayed the payroll software's original PDF, with the reason ("A001 : police non incorporée…").
 */
public record RunView(Long id, String period, String sourceName, RunStatus status, int total, int done, int progress,
                      int matched,
                      List<String> unknownMatricules, List<String> missingEmployees, List<String> otherIssues,
                      int payslips, int pdfA, List<String> keptOriginal, Instant createdAt, Instant publishedAt)
        implements Serializable {

    /** Percentage of the payslips produced. */
    static int percent(RunStatus status, int total, int done) {
        return total == 0 ? (status == RunStatus.READY || status == RunStatus.PUBLISHED ? 100 : 0) : 100 * done / total;
    }
}
