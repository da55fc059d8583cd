package org.hrdemat.payslip.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Logger;
import org.hrdemat.audit.boundary.AuditEntry;
import org.hrdemat.audit.boundary.AuditLog;
import org.hrdemat.payslip.entity.PayrollRun;
import org.hrdemat.payslip.entity.RunStatus;

/**
 * At start-up, a run that was being produced when the server stopped (a crash, a kill, a power cut) has no job
 * any more: it is marked interrupted, without its old job execution (the batch runtime forgot it), so that HR sees
 * it and restarts it. The restart produces exactly the payslips still missing: each is recorded with its item in one
 * transaction, so none is lost and none is made twice.
 */
@Startup
@Singleton
@DependsOn("SchemaMigrator")
public class PayrollRecovery {

    private static final Logger LOG = Logger.getLogger(PayrollRecovery.class.getName());

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditLog audit;

    @PostConstruct
    void interruptedRuns() {
        List<PayrollRun> runs = em.createQuery("select r from PayrollRun r where r.status in :active", PayrollRun.class)
                .setParameter("active", EnumSet.of(RunStatus.IMPORTED, RunStatus.PROCESSING)).getResultList();
        for (PayrollRun run : runs) {
            em.createQuery("update PayrollRun r set r.status = :s, r.jobExecutionId = null where r.id = :id")
                    .setParameter("s", RunStatus.STOPPED).setParameter("id", run.getId()).executeUpdate();
            audit.record(AuditEntry.failure("system", run.getEmployerId(), "PAYROLL_INTERRUPTED", "run:" + run.getId(),
                    "server stopped during production: " + run.getDoneItems() + "/" + run.getTotalItems()));
            LOG.warning("payroll run " + run.getId() + " was interrupted by a server stop; HR can restart it");
        }
        // the batch runtime keeps its job executions in memory: after a start, an old execution number could name
        // another job; a stopped or failed run restarts with a new execution
        em.createQuery("update PayrollRun r set r.jobExecutionId = null where r.status in :restartable")
                .setParameter("restartable", EnumSet.of(RunStatus.STOPPED, RunStatus.FAILED)).executeUpdate();
    }
}
