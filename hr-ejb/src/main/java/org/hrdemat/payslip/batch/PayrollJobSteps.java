package org.hrdemat.payslip.batch;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hrdemat.document.control.SealKeys;
import org.hrdemat.identity.entity.Employee;
import org.hrdemat.identity.entity.Employer;
import org.hrdemat.payslip.control.BulkPayslipSplitter;
import org.hrdemat.payslip.entity.PayrollRun;
import org.hrdemat.payslip.entity.PayrollRunIssue;
import org.hrdemat.payslip.entity.PayrollRunItem;
import org.hrdemat.payslip.entity.Payslip;

/**
 * The database work of the payroll job, each method in its own (or the chunk's) transaction. Runs as the system,
 * not as a user: only the job calls it, for a run that HR created and started.
 */
@Stateless
public class PayrollJobSteps {

    @PersistenceContext
    EntityManager em;

    @jakarta.annotation.Resource
    jakarta.enterprise.concurrent.ManagedExecutorService executor;

    /**
     * Records the job execution of a run. A bulk update, so that it never conflicts with the job's own first
     * update of the run (the job may already be running).
     */
    public void started(long runId, long executionId) {
        em.createQuery("update PayrollRun r set r.jobExecutionId = :e, r.status = :s where r.id = :id and r.status = :imported")
                .setParameter("e", executionId).setParameter("s", org.hrdemat.payslip.entity.RunStatus.PROCESSING)
                .setParameter("imported", org.hrdemat.payslip.entity.RunStatus.IMPORTED)
                .setParameter("id", runId).executeUpdate();
    }

    /** Splits the source into items and records the issues; does nothing when a restart finds it already done. */
    public int analyse(long runId) {
        PayrollRun run = em.find(PayrollRun.class, runId);
        List<PayrollRunItem> existing = em.createNamedQuery("PayrollRunItem.ofRun", PayrollRunItem.class)
                .setParameter("run", runId).getResultList();
        if (!existing.isEmpty()) {
            return existing.size();
        }
        Employer employer = em.find(Employer.class, run.getEmployerId());
        if ("XLSX".equals(run.getSourceKind())) {
            return analyseLines(run, SealKeys.store().get(run.getSourceSha()), employer);
        }
        // the bulk PDF is read where it lies in the store (hundreds of megabytes are not loaded in memory)
        java.nio.file.Path source = SealKeys.store().file(run.getSourceSha());
        Map<String, Employee> byMatricule = new HashMap<>();
        for (Employee e : em.createNamedQuery("Employee.byEmployer", Employee.class).setParameter("employer", employer)
                .getResultList()) {
            byMatricule.put(e.getMatricule(), e);
        }
        // the pages are read on as many threads as the production has partitions
        BulkPayslipSplitter.Result split = new BulkPayslipSplitter(null).split(source, PayslipPartitions.threads(),
                executor);
        Set<String> seen = new HashSet<>();
        int items = 0;
        for (BulkPayslipSplitter.Slice s : split.slices()) {
            Employee e = byMatricule.get(s.matricule());
            if (!seen.add(s.matricule())) {
                em.persist(new PayrollRunIssue(runId, "DUPLICATE", s.matricule() + " (pages " + s.firstPage() + "–"
                        + s.lastPage() + ")"));
                continue;
            }
            em.persist(new PayrollRunItem(runId, s.matricule(), e == null ? null : e.getId(), s.firstPage(), s.lastPage()));
            items++;
            if (e == null) {
                em.persist(new PayrollRunIssue(runId, "UNKNOWN_MATRICULE", s.matricule() + " (pages " + s.firstPage()
                        + "–" + s.lastPage() + ")"));
            }
        }
        for (Integer page : split.pagesWithoutMatricule()) {
            em.persist(new PayrollRunIssue(runId, "PAGE_WITHOUT_MATRICULE", "page " + page));
        }
        for (Employee e : byMatricule.values()) {
            if (e.isActive() && !seen.contains(e.getMatricule())) {
                em.persist(new PayrollRunIssue(runId, "NO_PAYSLIP", e.getMatricule() + " " + e.fullName()));
            }
        }
        setTotal(run.getId(), items);
        return items;
    }

    /** Payroll lines: one item per agent of the file (no pages: the payslip is generated). */
    private int analyseLines(PayrollRun run, byte[] source, Employer employer) {
        Map<String, Employee> byMatricule = new HashMap<>();
        for (Employee e : em.createNamedQuery("Employee.byEmployer", Employee.class).setParameter("employer", employer)
                .getResultList()) {
            byMatricule.put(e.getMatricule(), e);
        }
        var read = PayrollLines.of(run.getSourceSha(), source).values();
        Set<String> seen = new HashSet<>();
        for (var data : read) {
            Employee e = byMatricule.get(data.matricule());
            seen.add(data.matricule());
            em.persist(new PayrollRunItem(run.getId(), data.matricule(), e == null ? null : e.getId(), 0, 0));
            if (e == null) {
                em.persist(new PayrollRunIssue(run.getId(), "UNKNOWN_MATRICULE", data.matricule()));
            }
        }
        for (Employee e : byMatricule.values()) {
            if (e.isActive() && !seen.contains(e.getMatricule())) {
                em.persist(new PayrollRunIssue(run.getId(), "NO_PAYSLIP", e.getMatricule() + " " + e.fullName()));
            }
        }
        setTotal(run.getId(), read.size());
        return read.size();
    }

    /** The header of a generated payslip: employer and agent as they are today. */
    public org.hrdemat.payslip.control.PayslipGenerator.Header header(long runId, long employeeId) {
        PayrollRun run = em.find(PayrollRun.class, runId);
        Employer employer = em.find(Employer.class, run.getEmployerId());
        Employee e = em.find(Employee.class, employeeId);
        return new org.hrdemat.payslip.control.PayslipGenerator.Header(employer.getName(), employer.getSiret(),
                e.fullName(), e.getMatricule(), e.getStatus().name().charAt(0) + e.getStatus().name().substring(1).toLowerCase(),
                e.getOrgUnit() == null ? null : e.getOrgUnit().path(), run.getPeriod());
    }

    /** The pending items of one partition (id modulo partitions = partition) after its checkpoint, in order. */
    public List<PayrollRunItem> pendingAfter(long runId, long afterId, int partitions, int partition, int max) {
        return em.createNamedQuery("PayrollRunItem.pendingAfter", PayrollRunItem.class).setParameter("run", runId)
                .setParameter("after", afterId).setParameter("n", partitions).setParameter("k", partition)
                .setMaxResults(max).getResultList();
    }

    public PayrollRun run(long runId) {
        return em.find(PayrollRun.class, runId);
    }

    /** Records produced payslips in the chunk's transaction: item DONE and payslip row together. */
    public void record(long runId, List<Produced> produced) {
        PayrollRun run = em.find(PayrollRun.class, runId); // read only: see the targeted updates below
        int recorded = 0;
        for (Produced p : produced) {
            PayrollRunItem item = em.find(PayrollRunItem.class, p.itemId());
            if (!"PENDING".equals(item.getStatus())) {
                continue; // already recorded by an earlier execution
            }
            recorded++;
            item.done(p.sha(), p.pdfA(), p.formatNote());
            em.persist(new Payslip(run.getEmployerId(), item.getEmployeeId(), runId, item.getId(), run.getPeriod(), p.sha())
                    .archivedAs(p.pdfA()));
        }
        em.flush();
        // an increment, not a count: the partitions write at the same time, each in its own transaction
        em.createQuery("update PayrollRun r set r.doneItems = r.doneItems + :d where r.id = :id")
                .setParameter("d", recorded).setParameter("id", runId).executeUpdate();
    }

    // The job changes the run only with targeted updates: HR's requests (start, stop, restart) update other columns
    // of the same row at the same time, and a whole-entity write from the job would undo them.

    private void setTotal(long runId, int items) {
        em.createQuery("update PayrollRun r set r.totalItems = :t where r.id = :id").setParameter("t", items)
                .setParameter("id", runId).executeUpdate();
    }

    public void finish(long runId) {
        setStatus(runId, org.hrdemat.payslip.entity.RunStatus.READY);
    }

    public void fail(long runId) {
        setStatus(runId, org.hrdemat.payslip.entity.RunStatus.FAILED);
    }

    private void setStatus(long runId, org.hrdemat.payslip.entity.RunStatus status) {
        em.createQuery("update PayrollRun r set r.status = :s where r.id = :id and r.status in :active")
                .setParameter("s", status).setParameter("id", runId)
                .setParameter("active", java.util.EnumSet.of(org.hrdemat.payslip.entity.RunStatus.IMPORTED,
                        org.hrdemat.payslip.entity.RunStatus.PROCESSING)).executeUpdate();
    }

    /** A produced payslip: its item, the SHA-256 of the sealed PDF in the store, and its format. */
    public record Produced(long itemId, String sha, boolean pdfA, String formatNote) implements java.io.Serializable {
    }
}
