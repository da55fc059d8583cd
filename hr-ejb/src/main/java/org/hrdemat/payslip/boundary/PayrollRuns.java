package org.hrdemat.payslip.boundary;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import org.hrdemat.audit.boundary.AuditEntry;
import org.hrdemat.audit.boundary.AuditLog;
import org.hrdemat.document.control.SealKeys;
import org.hrdemat.identity.boundary.Caller;
import org.hrdemat.identity.boundary.Callers;
import org.hrdemat.identity.entity.Employee;
import org.hrdemat.identity.entity.Role;
import org.hrdemat.notification.boundary.Notifications;
import org.hrdemat.payslip.entity.PayrollRun;
import org.hrdemat.payslip.entity.PayrollRunIssue;
import org.hrdemat.payslip.entity.PayrollRunItem;
import org.hrdemat.payslip.entity.Payslip;
import org.hrdemat.payslip.entity.RunStatus;
import org.hrdemat.shared.ConflictException;
import org.hrdemat.shared.InvalidInputException;
import org.hrdemat.shared.Limits;
import org.hrdemat.shared.TooLargeException;
import org.hrdemat.document.control.UntrustedPdf;
import org.hrdemat.document.control.Uploads;
import org.hrdemat.shared.NotFoundException;
import org.hrdemat.shared.Settings;

/**
 * Payroll runs for HR: import the payroll software's bulk PDF for a period, follow the job, review, publish.
 * Nothing reaches agents before publication; a published run is never replaced.
 */
@Stateless
public class PayrollRuns {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @PersistenceContext
    EntityManager em;

    @EJB
    Callers callers;

    @EJB
    AuditLog audit;

    @EJB
    Notifications notifications;

    @EJB
    org.hrdemat.payslip.batch.PayrollJobSteps steps;

    @Inject
    Clock clock;

    /**
     * Imports the month's payroll file, whichever it is: the content decides (a ZIP container is a workbook of
     * payroll lines, anything else must be the payroll software's PDF).
     */
    public RunView importFile(Long employerId, String period, byte[] content, String fileName) {
        if (content == null || content.length == 0) {
            throw new InvalidInputException("payroll.notPdf");
        }
        return importFile(employerId, period, Uploads.toFile(new ByteArrayInputStream(content), Limits.PAYROLL_BYTES),
                fileName);
    }

    /**
     * The same from an upload already on disk ({@link Uploads#toFile}), which this takes over: moved into the
     * document store when the import is accepted, removed otherwise. Nothing of it is held in memory.
     */
    public RunView importFile(Long employerId, String period, java.nio.file.Path upload, String fileName) {
        try {
            long size = java.nio.file.Files.size(upload);
            if (size > Limits.PAYROLL_BYTES.value()) {
                throw new TooLargeException(Limits.PAYROLL_BYTES, "upload.tooLarge");
            }
            byte[] head = new byte[5];
            try (var in = java.nio.file.Files.newInputStream(upload)) {
                head = in.readNBytes(5);
            }
            boolean workbook = head.length > 4 && head[0] == 'P' && head[1] == 'K';
            return workbook ? importXlsx(employerId, period, upload, fileName)
                    : importPdf(employerId, period, upload, head, fileName);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            Uploads.delete(upload); // stored (moved) or refused: nothing left behind
        }
    }

    /**
     * Checks the payroll PDF before anything is stored: a PDF (bounded reading, {@link UntrustedPdf}), whose whole
     * page tree can be walked (a broken tree would fail the job later), with text to split by.
     */
    private RunView importPdf(Long employerId, String period, java.nio.file.Path pdf, byte[] head, String fileName) {
        Caller caller = importer(employerId, period);
        if (head.length < 5 || !new String(head, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            throw new InvalidInputException("payroll.notPdf");
        }
        UntrustedPdf.read(() -> {
            try (var doc = new com.itextpdf.kernel.pdf.PdfDocument(UntrustedPdf.reader(pdf))) {
                int pages = doc.getNumberOfPages();
                if (pages == 0) {
                    throw new InvalidInputException("payroll.notPdf");
                }
                var release = new com.itextpdf.kernel.pdf.PageFlushingHelper(doc);
                for (int i = 1; i <= pages; i++) {
                    if (doc.getPage(i) == null) {
                        throw new InvalidInputException("pdf.broken");
                    }
                    release.releaseDeep(i);
                }
                if (!org.hrdemat.payslip.control.BulkPayslipSplitter.hasText(doc)) {
                    throw new InvalidInputException("payroll.notSplittable");
                }
            }
            return null;
        });
        return createRun(caller, employerId, period, "PDF", pdf, fileName);
    }

    /**
     * Stores payroll lines (XLSX) and creates the run whose job generates a PDF/A payslip per agent from the
     * payslip template; a file with a wrong cell is refused, naming the first ones.
     */
    private RunView importXlsx(Long employerId, String period, java.nio.file.Path xlsx, String fileName) {
        Caller caller = importer(employerId, period);
        org.hrdemat.payslip.control.PayrollLinesReader.Result read;
        try (var in = java.nio.file.Files.newInputStream(xlsx)) {
            read = new org.hrdemat.payslip.control.PayrollLinesReader().read(in);
        } catch (java.io.IOException e) {
            throw new InvalidInputException("import.unreadable");
        }
        if (!read.problems().isEmpty()) {
            throw new InvalidInputException("payroll.linesInvalid", read.problems().size(), read.problems().stream()
                    .limit(5).map(p -> p.cell() == null ? "ligne " + p.row() : p.cell()).toList().toString());
        }
        if (read.payslips().isEmpty()) {
            throw new InvalidInputException("import.noRows");
        }
        return createRun(caller, employerId, period, "XLSX", xlsx, fileName);
    }

    /** The caller, when HR of the employer, for a well-formed period (YYYY-MM). */
    private Caller importer(Long employerId, String period) {
        Caller caller = callers.current();
        callers.requireEmployer(caller, employerId, "employer:" + employerId);
        caller.requireAnyRole(Role.HR);
        if (period == null || !period.matches("\\d{4}-(0[1-9]|1[0-2])")) {
            throw new InvalidInputException("payroll.period");
        }
        return caller;
    }

    /**
     * Stores the checked source and creates the run, replacing an unpublished run of the same period; refused when
     * the employer has no seal to sign the payslips with.
     */
    private RunView createRun(Caller caller, Long employerId, String period, String kind, java.nio.file.Path source,
                              String fileName) {
        if (SealKeys.current(em, employerId) == null) {
            throw new ConflictException("seal.none");
        }
        replaceOpenRuns(employerId, period);
        String sha = SealKeys.store().putMoving(source);
        PayrollRun run = new PayrollRun(employerId, period, kind, fileName, sha, caller.login(), clock.instant());
        em.persist(run);
        em.flush();
        audit.record(AuditEntry.success(caller.login(), employerId, "PAYROLL_IMPORT", "run:" + run.getId(),
                period + " " + fileName + " (" + kind + ") sha256=" + sha));
        return view(run);
    }

    private void replaceOpenRuns(Long employerId, String period) {
        for (PayrollRun previous : em.createNamedQuery("PayrollRun.openOfPeriod", PayrollRun.class)
                .setParameter("employer", employerId).setParameter("period", period)
                .setParameter("statuses", EnumSet.of(RunStatus.IMPORTED, RunStatus.READY, RunStatus.FAILED))
                .getResultList()) {
            previous.replaced();
        }
    }

    /** Starts the job of an imported run (after the import's transaction has committed). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public RunView start(Long runId) {
        Caller caller = callers.current();
        PayrollRun run = load(caller, runId);
        if (run.getStatus() != RunStatus.IMPORTED) {
            throw new ConflictException("payroll.notImported");
        }
        Properties props = new Properties();
        props.setProperty("runId", String.valueOf(runId));
        JobOperator operator = BatchRuntime.getJobOperator();
        long execution = operator.start("payroll-run", props);
        steps.started(runId, execution);
        return view(em.find(PayrollRun.class, runId));
    }

    /** Stops a running job at its next checkpoint; it can be restarted where it stopped. */
    public RunView stop(Long runId) {
        Caller caller = callers.current();
        PayrollRun run = load(caller, runId);
        caller.requireAnyRole(Role.HR);
        if (run.getStatus() != RunStatus.PROCESSING || run.getJobExecutionId() == null) {
            throw new ConflictException("payroll.notRunning");
        }
        try {
            BatchRuntime.getJobOperator().stop(run.getJobExecutionId());
        } catch (jakarta.batch.operations.JobExecutionNotRunningException e) {
            throw new ConflictException("payroll.notRunning");
        }
        em.createQuery("update PayrollRun r set r.status = :s where r.id = :id and r.status = :running")
                .setParameter("s", RunStatus.STOPPED).setParameter("running", RunStatus.PROCESSING)
                .setParameter("id", runId).executeUpdate();
        audit.record(AuditEntry.success(caller.login(), run.getEmployerId(), "PAYROLL_STOP", "run:" + runId, null));
        return view(em.find(PayrollRun.class, runId));
    }

    /**
     * Restarts a failed or interrupted run: only the payslips not yet produced are made. A run interrupted by a
     * server stop has no job execution left (see {@link PayrollRecovery}): a new one starts, and finds the work done.
     */
    public RunView restart(Long runId) {
        Caller caller = callers.current();
        PayrollRun run = load(caller, runId);
        caller.requireAnyRole(Role.HR);
        if (run.getStatus() != RunStatus.STOPPED && run.getStatus() != RunStatus.FAILED) {
            throw new ConflictException("payroll.notRestartable");
        }
        Properties props = new Properties();
        props.setProperty("runId", String.valueOf(runId)); // restart parameters replace the original ones
        JobOperator operator = BatchRuntime.getJobOperator();
        long execution;
        if (run.getJobExecutionId() == null) {
            execution = operator.start("payroll-run", props);
        } else {
            jakarta.batch.runtime.BatchStatus batch = operator.getJobExecution(run.getJobExecutionId()).getBatchStatus();
            if (batch != jakarta.batch.runtime.BatchStatus.STOPPED && batch != jakarta.batch.runtime.BatchStatus.FAILED) {
                throw new ConflictException("payroll.notRestartable");
            }
            execution = operator.restart(run.getJobExecutionId(), props);
        }
        em.createQuery("update PayrollRun r set r.jobExecutionId = :e, r.status = :s where r.id = :id")
                .setParameter("e", execution).setParameter("s", RunStatus.PROCESSING).setParameter("id", runId)
                .executeUpdate();
        em.clear();
        audit.record(AuditEntry.success(caller.login(), run.getEmployerId(), "PAYROLL_RESTART", "run:" + runId, null));
        run = em.find(PayrollRun.class, runId);
        return view(run);
    }

    public RunView find(Long runId) {
        return view(load(callers.current(), runId));
    }

    public List<RunView> ofEmployer(Long employerId) {
        Caller caller = callers.current();
        callers.requireEmployer(caller, employerId, "employer:" + employerId);
        caller.requireAnyRole(Role.HR, Role.ADMIN);
        return em.createNamedQuery("PayrollRun.ofEmployer", PayrollRun.class).setParameter("employer", employerId)
                .setMaxResults(60).getResultList().stream().map(this::view).toList();
    }

    /** Publishes a ready run: each payslip gets its version and availability date, each agent a notice. */
    public RunView publish(Long runId) {
        Caller caller = callers.current();
        PayrollRun run = load(caller, runId);
        caller.requireAnyRole(Role.HR);
        run.publish(caller.login(), clock.instant());
        LocalDate today = LocalDate.now(clock.withZone(PARIS));
        int count = 0;
        for (Payslip p : em.createNamedQuery("Payslip.ofRun", Payslip.class).setParameter("run", runId).getResultList()) {
            int previous = em.createNamedQuery("Payslip.maxVersion", Integer.class).setParameter("employee", p.getEmployeeId())
                    .setParameter("period", p.getPeriod()).getSingleResult();
            Employee e = em.find(Employee.class, p.getEmployeeId());
            p.publish(previous, clock.instant(), availableUntil(e, today));
            notifications.queue(e.getEmail(), "[RH Démat] Votre bulletin de paie " + p.getPeriod() + " est disponible",
                    "Bonjour " + e.fullName() + ",\n\nVotre bulletin de paie de " + p.getPeriod()
                            + (previous > 0 ? " (version corrigée)" : "") + " est disponible dans votre espace :\n"
                            + Settings.baseUrl() + "/payslip/mine.xhtml\n\nIl n'est jamais envoyé par courriel.\n\n-- RH Démat");
            count++;
        }
        em.flush();
        audit.record(AuditEntry.success(caller.login(), run.getEmployerId(), "PAYROLL_PUBLISH", "run:" + runId,
                run.getPeriod() + ", " + count + " payslip(s)"));
        return view(run);
    }

    /**
     * One print-ready PDF of the run's payslips for the agents who chose paper (for this period), in matricule
     * order; 409 when there is none.
     */
    public byte[] paperPdf(Long runId) {
        Caller caller = callers.current();
        PayrollRun run = load(caller, runId);
        if (!caller.hasAnyRole(Role.HR)) {
            // the payslips themselves: HR's, not an administrator's
            throw callers.denied(caller, run.getEmployerId(), "run:" + runId + "/paper");
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int count = 0;
        java.util.List<Payslip> slips = new java.util.ArrayList<>(em.createNamedQuery("Payslip.ofRun", Payslip.class)
                .setParameter("run", runId).getResultList());
        slips.sort(java.util.Comparator.comparing(p -> em.find(Employee.class, p.getEmployeeId()).getMatricule()));
        try (com.itextpdf.kernel.pdf.PdfDocument merged = new com.itextpdf.kernel.pdf.PdfDocument(
                new com.itextpdf.kernel.pdf.PdfWriter(out))) {
            for (Payslip p : slips) {
                if (!em.find(Employee.class, p.getEmployeeId()).paperFor(run.getPeriod())) {
                    continue;
                }
                try (com.itextpdf.kernel.pdf.PdfDocument one = new com.itextpdf.kernel.pdf.PdfDocument(
                        new com.itextpdf.kernel.pdf.PdfReader(new ByteArrayInputStream(SealKeys.store().get(p.getDocumentSha()))))) {
                    one.copyPagesTo(1, one.getNumberOfPages(), merged);
                }
                count++;
            }
            if (count == 0) {
                merged.addNewPage(); // an empty document cannot be closed; it is discarded below
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (count == 0) {
            throw new ConflictException("payroll.noPaper");
        }
        audit.record(AuditEntry.success(caller.login(), run.getEmployerId(), "PAYROLL_PAPER_PRINT", "run:" + runId,
                count + " paper payslip(s)"));
        return out.toByteArray();
    }

    /** The legal availability: 50 years from issue, or until the agent is 75, as the employer chose. */
    static LocalDate availableUntil(Employee e, LocalDate issue) {
        return e.getEmployer().getPayslipRetention().until(issue, e.getBirthDate());
    }

    private PayrollRun load(Caller caller, Long runId) {
        PayrollRun run = runId == null ? null : em.find(PayrollRun.class, runId);
        if (run == null) {
            throw new NotFoundException();
        }
        callers.requireEmployer(caller, run.getEmployerId(), "run:" + runId);
        caller.requireAnyRole(Role.HR, Role.ADMIN);
        return run;
    }

    RunView view(PayrollRun run) {
        // counts, not entities: a run has thousands of items and the page polls while it is produced
        Long id = run.getId();
        List<PayrollRunIssue> issues = em.createNamedQuery("PayrollRunIssue.ofRun", PayrollRunIssue.class)
                .setParameter("run", id).getResultList();
        int matched = count("select count(i) from PayrollRunItem i where i.runId = :run and i.employeeId is not null", id);
        int done = count("select count(i) from PayrollRunItem i where i.runId = :run and i.status = 'DONE'", id);
        int payslips = count("select count(p) from Payslip p where p.runId = :run", id);
        int pdfA = count("select count(i) from PayrollRunItem i where i.runId = :run and i.pdfA = true", id);
        List<RunView.KeptOriginalGroup> kept = keptOriginal(id);
        return new RunView(id, run.getPeriod(), run.getSourceName(), run.getStatus(), matched, done,
                RunView.percent(run.getStatus(), matched, done), matched,
                issues.stream().filter(i -> i.getKind().equals("UNKNOWN_MATRICULE")).map(PayrollRunIssue::getDetail).toList(),
                issues.stream().filter(i -> i.getKind().equals("NO_PAYSLIP")).map(PayrollRunIssue::getDetail).toList(),
                issues.stream().filter(i -> !i.getKind().equals("UNKNOWN_MATRICULE") && !i.getKind().equals("NO_PAYSLIP"))
                        .map(i -> new RunView.Issue(i.getKind(), i.getDetail())).toList(),
                payslips, pdfA, kept, run.getCreatedAt(), run.getPublishedAt());
    }

    private static final int MAX_LISTED = 20;

    /** The payslips kept as the original PDF, by reason: how many, and the first matricules of each. */
    private List<RunView.KeptOriginalGroup> keptOriginal(Long runId) {
        List<RunView.KeptOriginalGroup> groups = new java.util.ArrayList<>();
        for (Object[] row : em.createQuery("select i.formatNote, count(i) from PayrollRunItem i where i.runId = :run "
                + "and i.pdfA = false group by i.formatNote order by count(i) desc", Object[].class)
                .setParameter("run", runId).getResultList()) {
            String note = (String) row[0];
            List<String> matricules = em.createQuery("select i.matricule from PayrollRunItem i where i.runId = :run "
                            + "and i.pdfA = false and i.formatNote = :note order by i.matricule", String.class)
                    .setParameter("run", runId).setParameter("note", note).setMaxResults(MAX_LISTED).getResultList();
            org.hrdemat.document.control.KeptOriginal reason = org.hrdemat.document.control.KeptOriginal.of(note);
            groups.add(new RunView.KeptOriginalGroup(reason == null ? "OTHER" : reason.name(),
                    reason == null ? note : org.hrdemat.document.control.KeptOriginal.detail(note),
                    ((Long) row[1]).intValue(), matricules));
        }
        return groups;
    }

    private int count(String jpql, Long runId) {
        return em.createQuery(jpql, Long.class).setParameter("run", runId).getSingleResult().intValue();
    }

    /** One payslip of a run as HR reviews it before publishing. */
    public record RunPayslip(Long id, String matricule, String name, int version, boolean pdfA, String formatNote)
            implements java.io.Serializable {
    }

    /** The payslips of a run, by matricule: HR opens any of them before publishing. */
    public List<RunPayslip> payslipsOf(Long runId) {
        PayrollRun run = load(callers.current(), runId);
        return em.createQuery("select p, i, e from Payslip p, PayrollRunItem i, Employee e where p.runId = :run "
                        + "and i.id = p.itemId and e.id = p.employeeId order by i.matricule", Object[].class)
                .setParameter("run", run.getId()).getResultList().stream().map(r -> {
                    Payslip p = (Payslip) r[0];
                    PayrollRunItem i = (PayrollRunItem) r[1];
                    Employee e = (Employee) r[2];
                    return new RunPayslip(p.getId(), i.getMatricule(), e.fullName(), p.getVersion(), p.isPdfA(),
                            i.getFormatNote());
                }).toList();
    }
}
