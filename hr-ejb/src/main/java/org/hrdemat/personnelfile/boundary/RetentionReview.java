package org.hrdemat.personnelfile.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.hrdemat.audit.boundary.AuditEntry;
import org.hrdemat.audit.boundary.AuditLog;
import org.hrdemat.document.control.SealKeys;
import org.hrdemat.identity.boundary.Caller;
import org.hrdemat.identity.boundary.Callers;
import org.hrdemat.identity.entity.Employee;
import org.hrdemat.identity.entity.Employer;
import org.hrdemat.identity.entity.Role;
import org.hrdemat.personnelfile.boundary.FileViews.DecisionView;
import org.hrdemat.personnelfile.boundary.FileViews.Download;
import org.hrdemat.personnelfile.boundary.FileViews.DueView;
import org.hrdemat.document.control.ListingPdf;
import org.hrdemat.personnelfile.control.SedaPackage;
import org.hrdemat.personnelfile.entity.DocumentStatus;
import org.hrdemat.personnelfile.entity.FileDocument;
import org.hrdemat.personnelfile.entity.FileDocumentVersion;
import org.hrdemat.personnelfile.entity.FinalAction;
import org.hrdemat.personnelfile.entity.PersonnelFile;
import org.hrdemat.personnelfile.entity.RetentionDecision;
import org.hrdemat.shared.InvalidInputException;
import org.hrdemat.shared.NotFoundException;
import org.hrdemat.shared.Settings;

/**
 * The end of active retention. A daily timer marks the documents whose retention date has come; HR reviews them
 * and decides, for a selection, to archive (a SEDA 2.2 transfer package for the archives service) or to destroy
 * (the contents are deleted, an elimination record lists them). Nothing leaves a file without that decision, and
 * each decision is audited and kept with its record.
 */
@Stateless
public class RetentionReview {

    private static final Logger LOG = Logger.getLogger(RetentionReview.class.getName());
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @PersistenceContext
    EntityManager em;

    @EJB
    Callers callers;

    @EJB
    AuditLog audit;

    @Inject
    Clock clock;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** Every night: marks what has become due, across all employers. */
    @Schedule(hour = "2", minute = "30", persistent = false)
    public void daily() {
        int marked = mark(null);
        if (marked > 0) {
            LOG.info(() -> marked + " personnel-file document(s) due for retention review");
        }
    }

    /** HR runs the nightly check now for its employer; returns how many documents became due. */
    public int checkNow(Long employerId) {
        Caller caller = requireHr(employerId);
        int marked = mark(employerId);
        audit.record(AuditEntry.success(caller.login(), employerId, "FILE_RETENTION_CHECK", "employer:" + employerId,
                marked + " document(s) due"));
        return marked;
    }

    int mark(Long employerId) {
        LocalDate today = LocalDate.now(clock.withZone(PersonnelFiles.PARIS));
        var query = em.createQuery("select d from FileDocument d, PersonnelFile f where d.fileId = f.id"
                + " and d.reviewDue = false and d.status = :status and d.retentionDue is not null"
                + " and d.retentionDue <= :today" + (employerId == null ? "" : " and f.employerId = :employer"),
                FileDocument.class).setParameter("status", DocumentStatus.ACTIVE).setParameter("today", today);
        if (employerId != null) {
            query.setParameter("employer", employerId);
        }
        List<FileDocument> due = query.getResultList();
        due.forEach(FileDocument::markReviewDue);
        return due.size();
    }

    /** The documents waiting for a decision. */
    public List<DueView> due(Long employerId) {
        requireHr(employerId);
        List<DueView> list = new ArrayList<>();
        for (FileDocument d : em.createNamedQuery("FileDocument.reviewDue", FileDocument.class)
                .setParameter("employer", employerId).setParameter("status", DocumentStatus.ACTIVE).getResultList()) {
            Employee e = employeeOf(d);
            list.add(new DueView(d.getId(), e.getMatricule(), e.fullName(), d.getNumber(),
                    d.getSection().getCode() + " " + d.getSection().getName(), d.getType().getName(), d.getTitle(),
                    d.getDocumentDate(), d.getRetentionDue(), d.getType().getFinalAction()));
        }
        return list;
    }

    public List<DecisionView> decisions(Long employerId) {
        requireHr(employerId);
        return em.createNamedQuery("RetentionDecision.ofEmployer", RetentionDecision.class)
                .setParameter("employer", employerId).getResultList().stream().map(RetentionReview::view).toList();
    }

    /** Archives the selected due documents: one SEDA 2.2 package (validated), kept as the decision's record. */
    public DecisionView archive(Long employerId, List<Long> documentIds) {
        Caller caller = requireHr(employerId);
        List<FileDocument> docs = selected(employerId, documentIds);
        Employer employer = em.find(Employer.class, employerId);
        Instant now = clock.instant();
        List<SedaPackage.Item> items = new ArrayList<>();
        for (FileDocument d : docs) {
            Employee e = employeeOf(d);
            List<SedaPackage.Version> versions = new ArrayList<>();
            for (FileDocumentVersion v : versionsOf(d)) {
                versions.add(new SedaPackage.Version(v.getVersionNumber(), v.getNote(), v.getAddedAt(),
                        SealKeys.store().get(v.getContentSha())));
            }
            items.add(new SedaPackage.Item(new SedaPackage.Agent(e.getMatricule(), e.fullName()), d.getNumber(),
                    d.getSection().getCode() + " " + d.getSection().getName(), d.getType().getName(), d.getTitle(),
                    d.getDescription(), d.getDocumentDate(), d.getOrigin().name(), versions));
        }
        String agency = Settings.get("HR_ARCHIVES_AGENCY");
        byte[] zip = SedaPackage.zip(new SedaPackage.Parties("HRDEMAT-" + employerId + "-" + now.toEpochMilli(),
                employer.getName(), employer.getSiret(), agency == null ? "ARCHIVES-DEPARTEMENTALES" : agency,
                "Versement de documents de dossiers individuels — " + employer.getName()), items, now);
        RetentionDecision decision = new RetentionDecision(employerId, FinalAction.ARCHIVE, caller.login(), now,
                docs.size(), SealKeys.store().put(zip));
        em.persist(decision);
        em.flush();
        docs.forEach(d -> d.decide(FinalAction.ARCHIVE, decision.getId()));
        audit.record(AuditEntry.success(caller.login(), employerId, "FILE_ARCHIVE", "retention-decision:" + decision.getId(),
                docs.size() + " document(s): " + numbers(docs)));
        return view(decision);
    }

    /**
     * Destroys the selected due documents: their contents are deleted from the store once this transaction
     * commits; their description stays, with the elimination record that lists them.
     */
    public DecisionView destroy(Long employerId, List<Long> documentIds) {
        Caller caller = requireHr(employerId);
        List<FileDocument> docs = selected(employerId, documentIds);
        Employer employer = em.find(Employer.class, employerId);
        Instant now = clock.instant();
        List<String[]> lines = new ArrayList<>();
        Set<String> forgotten = new LinkedHashSet<>();
        for (FileDocument d : docs) {
            Employee e = employeeOf(d);
            List<FileDocumentVersion> versions = versionsOf(d);
            StringBuilder shas = new StringBuilder();
            for (FileDocumentVersion v : versions) {
                shas.append("v").append(v.getVersionNumber()).append(" ").append(v.getContentSha()).append(' ');
                forgotten.add(v.getContentSha());
                v.forgetContent();
            }
            lines.add(new String[]{Integer.toString(d.getNumber()), e.getMatricule() + " " + e.fullName(),
                    d.getType().getName(), d.getTitle(), DAY.format(d.getDocumentDate()), shas.toString().trim()});
        }
        byte[] record = ListingPdf.write("Bordereau d'élimination", List.of("Employeur : " + employer.getName()
                        + " (SIRET " + employer.getSiret() + ")", "Décision de " + caller.name() + " (" + caller.login()
                        + ") le " + DAY.format(LocalDate.now(clock.withZone(PersonnelFiles.PARIS))),
                docs.size() + " document(s) éliminé(s) à l'issue de leur durée d'utilité administrative"),
                new String[]{"N°", "Agent", "Type", "Titre", "Date", "Contenus (SHA-256)"}, new float[]{5, 15, 15, 25, 8, 32},
                lines);
        RetentionDecision decision = new RetentionDecision(employerId, FinalAction.DESTROY, caller.login(), now,
                docs.size(), SealKeys.store().put(record));
        em.persist(decision);
        em.flush();
        docs.forEach(d -> d.decide(FinalAction.DESTROY, decision.getId()));
        em.flush();
        Set<String> unused = new HashSet<>();
        for (String sha : forgotten) {
            long others = em.createNamedQuery("FileDocumentVersion.countSha", Long.class).setParameter("sha", sha)
                    .getSingleResult();
            long payslips = em.createQuery("select count(p) from Payslip p where p.documentSha = :sha", Long.class)
                    .setParameter("sha", sha).getSingleResult();
            if (others == 0 && payslips == 0 && !sha.equals(decision.getRecordSha())) {
                unused.add(sha);
            }
        }
        deleteAfterCommit(unused);
        audit.record(AuditEntry.success(caller.login(), employerId, "FILE_DESTROY", "retention-decision:" + decision.getId(),
                docs.size() + " document(s): " + numbers(docs)));
        return view(decision);
    }

    /** The record of a decision: the SEDA package (archive) or the elimination record (destroy). */
    public Download record(Long decisionId) {
        RetentionDecision d = decisionId == null ? null : em.find(RetentionDecision.class, decisionId);
        if (d == null) {
            throw new NotFoundException();
        }
        Caller caller = requireHr(d.getEmployerId());
        audit.record(AuditEntry.success(caller.login(), d.getEmployerId(), "FILE_DECISION_DOWNLOAD",
                "retention-decision:" + decisionId, d.getAction().name()));
        byte[] content = SealKeys.store().get(d.getRecordSha());
        return d.getAction() == FinalAction.ARCHIVE
                ? new Download("versement-seda-" + decisionId + ".zip", "application/zip", content)
                : new Download("bordereau-elimination-" + decisionId + ".pdf", "application/pdf", content);
    }

    private List<FileDocument> selected(Long employerId, List<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            throw new InvalidInputException("file.noSelection");
        }
        List<FileDocument> docs = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(ids)) {
            FileDocument d = id == null ? null : em.find(FileDocument.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (d == null) {
                throw new NotFoundException();
            }
            PersonnelFile f = em.find(PersonnelFile.class, d.getFileId());
            if (!f.getEmployerId().equals(employerId)) {
                throw callers.denied(callers.current(), f.getEmployerId(), "file-document:" + id);
            }
            if (d.getStatus() != DocumentStatus.ACTIVE || !d.isReviewDue()) {
                throw new org.hrdemat.shared.ConflictException("file.notDue", d.getNumber());
            }
            docs.add(d);
        }
        return docs;
    }

    private Caller requireHr(Long employerId) {
        Caller caller = callers.current();
        callers.requireEmployer(caller, employerId, "employer:" + employerId);
        caller.requireAnyRole(Role.HR);
        return caller;
    }

    private Employee employeeOf(FileDocument d) {
        return em.find(Employee.class, em.find(PersonnelFile.class, d.getFileId()).getEmployeeId());
    }

    private List<FileDocumentVersion> versionsOf(FileDocument d) {
        return em.createNamedQuery("FileDocumentVersion.of", FileDocumentVersion.class).setParameter("document", d.getId())
                .getResultList();
    }

    private static String numbers(List<FileDocument> docs) {
        return docs.stream().map(d -> "file " + d.getFileId() + " n° " + d.getNumber()).toList().toString();
    }

    static DecisionView view(RetentionDecision d) {
        return new DecisionView(d.getId(), d.getAction(), d.getDecidedBy(), d.getDecidedAt(), d.getDocumentCount());
    }

    /** Deletes store contents once the transaction that forgot them commits (never before, never on rollback). */
    private void deleteAfterCommit(Set<String> shas) {
        if (shas.isEmpty()) {
            return;
        }
        Set<String> copy = Set.copyOf(shas);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    copy.forEach(SealKeys.store()::delete);
                }
            }
        });
    }
}
