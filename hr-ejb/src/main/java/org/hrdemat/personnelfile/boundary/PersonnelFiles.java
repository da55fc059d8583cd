package org.hrdemat.personnelfile.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.hrdemat.audit.boundary.AuditEntry;
import org.hrdemat.audit.boundary.AuditLog;
import org.hrdemat.document.control.SealKeys;
import org.hrdemat.identity.boundary.Caller;
import org.hrdemat.identity.boundary.Callers;
import org.hrdemat.identity.entity.Employee;
import org.hrdemat.identity.entity.OrgUnit;
import org.hrdemat.identity.entity.Role;
import org.hrdemat.personnelfile.boundary.FileViews.AccessView;
import org.hrdemat.personnelfile.boundary.FileViews.Criteria;
import org.hrdemat.personnelfile.boundary.FileViews.DocumentView;
import org.hrdemat.personnelfile.boundary.FileViews.Download;
import org.hrdemat.personnelfile.boundary.FileViews.FileView;
import org.hrdemat.personnelfile.boundary.FileViews.Hit;
import org.hrdemat.personnelfile.boundary.FileViews.NewDocument;
import org.hrdemat.personnelfile.boundary.FileViews.SectionView;
import org.hrdemat.personnelfile.boundary.FileViews.VersionView;
import org.hrdemat.personnelfile.control.ContentCheck;
import org.hrdemat.personnelfile.control.ForbiddenContent;
import org.hrdemat.personnelfile.control.RetentionRule;
import org.hrdemat.personnelfile.entity.DocumentOrigin;
import org.hrdemat.personnelfile.entity.DocumentStatus;
import org.hrdemat.personnelfile.entity.FileAccess;
import org.hrdemat.personnelfile.entity.FileDocument;
import org.hrdemat.personnelfile.entity.FileDocumentType;
import org.hrdemat.personnelfile.entity.FileDocumentVersion;
import org.hrdemat.personnelfile.entity.FileSection;
import org.hrdemat.personnelfile.entity.PersonnelFile;
import org.hrdemat.personnelfile.entity.RetentionAnchor;
import org.hrdemat.personnelfile.entity.SectionGrant;
import org.hrdemat.shared.AccessDeniedException;
import org.hrdemat.shared.EmployeeLifecycle;
import org.hrdemat.shared.FileDocumentRequest;
import org.hrdemat.shared.InvalidInputException;
import org.hrdemat.shared.NotFoundException;

/**
 * The personnel files. Who reads what: the agent their whole file; HR of the employer every file and every
 * section; a manager, for the agents of the units they manage, only the sections an ADMIN granted to managers and
 * never a restricted one; anyone else gets "not found" (audited). Every view, read and export is written to the
 * audit log and to the file's access log, which the agent reads. Only HR files, corrects and withdraws documents,
 * and only while the agent is in service.
 */
@Stateless
public class PersonnelFiles {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @PersistenceContext
    EntityManager em;

    @EJB
    Callers callers;

    @EJB
    AuditLog audit;

    @Inject
    Clock clock;

    /** How the caller reads a file: as its agent, as HR, or as a manager limited to some sections. */
    record Reader(Caller caller, String role, boolean allSections, Set<Long> sections) {
        boolean reads(FileSection s) {
            return allSections || (!s.isRestricted() && sections.contains(s.getId()));
        }
    }

    // ------------------------------------------------------------------------------------------------ reading

    /** An agent's file, as far as the caller may read it; the view is audited and logged for the agent. */
    public FileView fileOf(Long employeeId) {
        Caller caller = callers.current();
        Employee e = employee(employeeId);
        Reader reader = reader(caller, e);
        PersonnelFile f = file(e);
        logAccess(reader, e, f, "VIEW_FILE", null);
        return view(reader, e, f);
    }

    /** The caller's own file; null for an account without an agent record. */
    public FileView mine() {
        Caller caller = callers.current();
        if (caller.employeeId() == null) {
            return null;
        }
        return fileOf(caller.employeeId());
    }

    /** A document's content (the current version unless one is asked for), audited and logged for the agent. */
    public Download content(Long documentId, Integer version) {
        Caller caller = callers.current();
        FileDocument d = documentId == null ? null : em.find(FileDocument.class, documentId);
        if (d == null) {
            throw new NotFoundException();
        }
        PersonnelFile f = em.find(PersonnelFile.class, d.getFileId());
        Employee e = em.find(Employee.class, f.getEmployeeId());
        Reader reader = reader(caller, e);
        if (!reader.reads(d.getSection())) {
            throw callers.denied(caller, f.getEmployerId(), "file-document:" + documentId);
        }
        int wanted = version == null ? d.getCurrentVersion() : version;
        FileDocumentVersion v = em.createNamedQuery("FileDocumentVersion.of", FileDocumentVersion.class)
                .setParameter("document", d.getId()).getResultList().stream()
                .filter(x -> x.getVersionNumber() == wanted).findFirst().orElseThrow(NotFoundException::new);
        if (v.getContentSha() == null) {
            throw new org.hrdemat.shared.ConflictException("file.contentDestroyed", d.getNumber());
        }
        byte[] pdf = SealKeys.store().get(v.getContentSha());
        logAccess(reader, e, f, "READ_DOCUMENT", d.getNumber());
        return new Download(String.format("%03d-v%d-%s.pdf", d.getNumber(), v.getVersionNumber(), slug(d.getTitle())),
                "application/pdf", pdf);
    }

    /** Who read the caller's file, newest first. */
    public List<AccessView> myAccessLog() {
        Caller caller = callers.current();
        if (caller.employeeId() == null) {
            return List.of();
        }
        Employee e = employee(caller.employeeId());
        return accessLog(file(e));
    }

    /** Who read an agent's file (HR of the employer, or the agent). */
    public List<AccessView> accessLogOf(Long employeeId) {
        Caller caller = callers.current();
        Employee e = employee(employeeId);
        Reader reader = reader(caller, e);
        if (!reader.allSections()) {
            throw callers.denied(caller, e.getEmployer().getId(), "file-access-log:" + employeeId);
        }
        return accessLog(file(e));
    }

    /** The caller's whole file as a ZIP: an index PDF and every document that still has its content. */
    public Download exportMine() {
        Caller caller = callers.current();
        if (caller.employeeId() == null) {
            throw new NotFoundException();
        }
        return export(caller.employeeId());
    }

    /** An agent's whole file as a ZIP (the agent, or HR of the employer). */
    public Download export(Long employeeId) {
        Caller caller = callers.current();
        Employee e = employee(employeeId);
        Reader reader = reader(caller, e);
        if (!reader.allSections()) {
            throw callers.denied(caller, e.getEmployer().getId(), "file-export:" + employeeId);
        }
        PersonnelFile f = file(e);
        List<FileDocument> docs = em.createNamedQuery("FileDocument.ofFile", FileDocument.class)
                .setParameter("file", f.getId()).getResultList();
        Map<Long, List<FileDocumentVersion>> versions = versionsOf(f);
        List<String[]> lines = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (FileDocument d : docs) {
                List<FileDocumentVersion> vs = versions.getOrDefault(d.getId(), List.of());
                lines.add(new String[]{Integer.toString(d.getNumber()), d.getSection().getCode() + " "
                        + d.getSection().getName(), d.getType().getName(), d.getTitle()
                        + (vs.size() > 1 ? " (" + vs.size() + " versions)" : ""), DAY.format(d.getDocumentDate()),
                        statusLabel(d.getStatus())});
                for (FileDocumentVersion v : vs) {
                    if (v.getContentSha() != null) {
                        zip.putNextEntry(new ZipEntry(String.format("%03d-v%d-%s.pdf", d.getNumber(),
                                v.getVersionNumber(), slug(d.getTitle()))));
                        zip.write(SealKeys.store().get(v.getContentSha()));
                        zip.closeEntry();
                    }
                }
            }
            byte[] index = org.hrdemat.document.control.ListingPdf.write("Dossier individuel — " + e.fullName(),
                    List.of("Matricule : " + e.getMatricule(), "Employeur : " + e.getEmployer().getName(),
                            "Copie établie le " + DAY.format(LocalDate.now(clock.withZone(PARIS))) + ", "
                                    + docs.size() + " document(s)"),
                    new String[]{"N°", "Section", "Type", "Titre", "Date", "État"}, new float[]{6, 20, 20, 34, 10, 10},
                    lines);
            zip.putNextEntry(new ZipEntry("000-index.pdf"));
            zip.write(index);
            zip.closeEntry();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        logAccess(reader, e, f, "EXPORT", null);
        return new Download("dossier-" + e.getMatricule() + ".zip", "application/zip", out.toByteArray());
    }

    /**
     * HR search over the employer's files: agents by name or matricule; with a section, type or date, the
     * documents that match (of the agents that match the text).
     */
    public List<Hit> search(Long employerId, Criteria c) {
        Caller caller = callers.current();
        callers.requireEmployer(caller, employerId, "employer:" + employerId);
        caller.requireAnyRole(Role.HR);
        String text = c == null || c.text() == null || c.text().isBlank() ? null
                : "%" + c.text().trim().toLowerCase(java.util.Locale.ROOT) + "%";
        boolean onDocuments = c != null && (c.section() != null || (c.type() != null && !c.type().isBlank())
                || c.from() != null || c.to() != null);
        if (!onDocuments) {
            TypedQuery<Employee> q = em.createQuery("select e from Employee e where e.employer.id = :employer"
                    + (text == null ? "" : " and (lower(e.lastName) like :text or lower(e.firstName) like :text"
                    + " or lower(e.matricule) like :text)") + " order by e.lastName, e.firstName", Employee.class)
                    .setParameter("employer", employerId);
            if (text != null) {
                q.setParameter("text", text);
            }
            return q.setMaxResults(500).getResultList().stream().map(e -> new Hit(e.getId(), e.getMatricule(),
                    e.fullName(), e.isActive(), null, null, null, null, null, null, null)).toList();
        }
        StringBuilder jpql = new StringBuilder("select d, e from FileDocument d, PersonnelFile f, Employee e "
                + "where d.fileId = f.id and f.employeeId = e.id and f.employerId = :employer");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("employer", employerId);
        if (text != null) {
            jpql.append(" and (lower(e.lastName) like :text or lower(e.firstName) like :text or lower(e.matricule) like :text)");
            params.put("text", text);
        }
        if (c.section() != null) {
            jpql.append(" and d.section.code = :section");
            params.put("section", c.section());
        }
        if (c.type() != null && !c.type().isBlank()) {
            jpql.append(" and d.type.code = :type");
            params.put("type", c.type().trim());
        }
        if (c.from() != null) {
            jpql.append(" and d.documentDate >= :from");
            params.put("from", c.from());
        }
        if (c.to() != null) {
            jpql.append(" and d.documentDate <= :to");
            params.put("to", c.to());
        }
        jpql.append(" order by e.lastName, e.firstName, d.number");
        TypedQuery<Object[]> q = em.createQuery(jpql.toString(), Object[].class);
        params.forEach(q::setParameter);
        return q.setMaxResults(500).getResultList().stream().map(r -> {
            FileDocument d = (FileDocument) r[0];
            Employee e = (Employee) r[1];
            return new Hit(e.getId(), e.getMatricule(), e.fullName(), e.isActive(), d.getId(), d.getNumber(),
                    d.getSection().getCode() + " " + d.getSection().getName(), d.getType().getName(), d.getTitle(),
                    d.getDocumentDate(), d.getStatus());
        }).toList();
    }

    // ------------------------------------------------------------------------------------------------ writing

    /** HR files a document (PDF, JPEG or PNG, checked by content) in an agent's file, under the next number. */
    public DocumentView add(Long employeeId, NewDocument data, byte[] content, String fileName) {
        Caller caller = callers.current();
        Employee e = employee(employeeId);
        requireHr(caller, e);
        FileDocumentType type = typeOf(data);
        String title = requireTitle(data.title());
        String description = data.description() == null || data.description().isBlank() ? null : data.description().trim();
        if (description != null && description.length() > 1000) {
            throw new InvalidInputException("invalid.description");
        }
        LocalDate date = requireDate(data.date());
        refuseForbidden(type.getName(), title, description);
        ContentCheck.Accepted accepted = ContentCheck.check(content, title);
        PersonnelFile f = lockedFile(e);
        FileDocument d = file(f, e, type, title, description, date,
                data.origin() == null ? DocumentOrigin.NATIVE : data.origin(), accepted, fileName, caller.login());
        audit.record(AuditEntry.success(caller.login(), f.getEmployerId(), "FILE_DOCUMENT_ADD",
                "file-document:" + d.getId(), "n° " + d.getNumber() + " " + type.getCode() + " of " + e.getMatricule()));
        return view(d, versionsOf(d));
    }

    /** HR corrects a document: a new version of its content; the earlier versions stay. */
    public DocumentView correct(Long documentId, byte[] content, String fileName, String note) {
        Caller caller = callers.current();
        FileDocument d = documentId == null ? null : em.find(FileDocument.class, documentId, LockModeType.PESSIMISTIC_WRITE);
        if (d == null) {
            throw new NotFoundException();
        }
        PersonnelFile f = em.find(PersonnelFile.class, d.getFileId());
        Employee e = em.find(Employee.class, f.getEmployeeId());
        requireHr(caller, e);
        f.requireOpen();
        String why = note == null || note.isBlank() ? null : note.trim();
        if (why == null || why.length() > 500) {
            throw new InvalidInputException("invalid.note");
        }
        refuseForbidden(why);
        ContentCheck.Accepted accepted = ContentCheck.check(content, d.getTitle());
        int v = d.nextVersion();
        em.persist(new FileDocumentVersion(d.getId(), v, SealKeys.store().put(accepted.pdf()), accepted.pdf().length,
                accepted.mediaType(), trim(fileName, 200), why, caller.login(), clock.instant()));
        audit.record(AuditEntry.success(caller.login(), f.getEmployerId(), "FILE_DOCUMENT_CORRECT",
                "file-document:" + d.getId(), "n° " + d.getNumber() + " v" + v + " of " + e.getMatricule() + ": " + why));
        return view(d, versionsOf(d));
    }

    /** HR withdraws a document from the file, with a reason kept in its history; nothing is deleted. */
    public DocumentView withdraw(Long documentId, String reason) {
        Caller caller = callers.current();
        FileDocument d = documentId == null ? null : em.find(FileDocument.class, documentId, LockModeType.PESSIMISTIC_WRITE);
        if (d == null) {
            throw new NotFoundException();
        }
        PersonnelFile f = em.find(PersonnelFile.class, d.getFileId());
        Employee e = em.find(Employee.class, f.getEmployeeId());
        requireHr(caller, e);
        f.requireOpen();
        String why = reason == null ? "" : reason.trim();
        if (why.length() < 3 || why.length() > 500) {
            throw new InvalidInputException("invalid.reason");
        }
        d.withdraw(why, caller.login(), clock.instant());
        audit.record(AuditEntry.success(caller.login(), f.getEmployerId(), "FILE_DOCUMENT_WITHDRAW",
                "file-document:" + d.getId(), "n° " + d.getNumber() + " of " + e.getMatricule() + ": " + why));
        return view(d, versionsOf(d));
    }

    // ------------------------------------------------------------------------------------------------ events

    /**
     * Files a document another feature produced (a signed contract, a leave decision), in the transaction of that
     * feature: if the filing fails, so does what caused it.
     */
    public void onFileRequest(@Observes FileDocumentRequest r) {
        Employee e = employee(r.employeeId());
        FileDocumentType type = em.createNamedQuery("FileDocumentType.byCode", FileDocumentType.class)
                .setParameter("code", r.typeCode()).getResultList().stream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown document type " + r.typeCode()));
        if (type.getSection().getCode() != r.sectionCode()) {
            throw new IllegalArgumentException(r.typeCode() + " is not in section " + r.sectionCode());
        }
        String title = requireTitle(r.title());
        refuseForbidden(title);
        ContentCheck.Accepted accepted = ContentCheck.check(r.pdf(), title);
        PersonnelFile f = lockedFile(e);
        FileDocument d = file(f, e, type, title, null, requireDate(r.date()), DocumentOrigin.NATIVE, accepted,
                null, r.actor());
        audit.record(AuditEntry.success(r.actor(), f.getEmployerId(), "FILE_DOCUMENT_ADD", "file-document:" + d.getId(),
                "n° " + d.getNumber() + " " + type.getCode() + " of " + e.getMatricule() + " (filed by the application)"));
    }

    /** Creates the file with the agent; closes it when the agent leaves (read-only), reopens it on return. */
    public void onLifecycle(@Observes EmployeeLifecycle event) {
        Employee e = employee(event.employeeId());
        PersonnelFile f = file(e);
        switch (event.kind()) {
            case CREATED -> {
                // the file exists now
            }
            case LEFT -> {
                f.close(event.on());
                for (FileDocument d : em.createNamedQuery("FileDocument.undated", FileDocument.class)
                        .setParameter("file", f.getId()).setParameter("status", DocumentStatus.ACTIVE).getResultList()) {
                    d.scheduleRetention(dueOn(d.getType(), d.getDocumentDate(), e, f));
                }
            }
            case RETURNED -> {
                f.reopen();
                for (FileDocument d : em.createNamedQuery("FileDocument.ofFile", FileDocument.class)
                        .setParameter("file", f.getId()).getResultList()) {
                    if (d.getType().getAnchor() == RetentionAnchor.DEPARTURE) {
                        d.scheduleRetention(null);
                    }
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private FileDocument file(PersonnelFile f, Employee e, FileDocumentType type, String title, String description,
                              LocalDate date, DocumentOrigin origin, ContentCheck.Accepted accepted, String fileName,
                              String by) {
        f.requireOpen();
        String sha = SealKeys.store().put(accepted.pdf());
        Instant now = clock.instant();
        FileDocument d = new FileDocument(f.getId(), f.nextNumber(), type, title, description, date, origin, by, now);
        d.scheduleRetention(dueOn(type, date, e, f));
        em.persist(d);
        em.flush();
        em.persist(new FileDocumentVersion(d.getId(), d.nextVersion(), sha, accepted.pdf().length, accepted.mediaType(),
                trim(fileName, 200), null, by, now));
        return d;
    }

    static LocalDate dueOn(FileDocumentType type, LocalDate date, Employee e, PersonnelFile f) {
        return RetentionRule.dueOn(type.getAnchor(), type.getYears(), date, e.getBirthDate(), f.getClosedOn());
    }

    private FileDocumentType typeOf(NewDocument data) {
        if (data == null || data.type() == null || data.type().isBlank()) {
            throw new InvalidInputException("invalid.type");
        }
        FileDocumentType type = em.createNamedQuery("FileDocumentType.byCode", FileDocumentType.class)
                .setParameter("code", data.type().trim()).getResultList().stream().findFirst()
                .orElseThrow(() -> new InvalidInputException("invalid.type"));
        if (data.section() == null || data.section() != type.getSection().getCode()) {
            throw new InvalidInputException("invalid.section");
        }
        return type;
    }

    private LocalDate requireDate(LocalDate date) {
        LocalDate today = LocalDate.now(clock.withZone(PARIS));
        if (date == null || date.isAfter(today) || date.isBefore(LocalDate.of(1900, 1, 1))) {
            throw new InvalidInputException("invalid.date");
        }
        return date;
    }

    private static String requireTitle(String title) {
        String t = title == null ? "" : title.trim();
        if (t.isEmpty() || t.length() > 200) {
            throw new InvalidInputException("invalid.title");
        }
        return t;
    }

    /** Refuses a text naming an opinion or a medical matter; the message gives the category and the word. */
    static void refuseForbidden(String... texts) {
        ForbiddenContent.find(texts).ifPresent(h -> {
            throw new InvalidInputException("file.forbidden." + h.category(), h.word());
        });
    }

    private void requireHr(Caller caller, Employee e) {
        if (caller.hasRole(Role.HR) && caller.mayActFor(e.getEmployer().getId())) {
            return;
        }
        if (Objects.equals(caller.employeeId(), e.getId())) {
            throw new AccessDeniedException();
        }
        throw callers.denied(caller, e.getEmployer().getId(), "employee-file:" + e.getId());
    }

    Reader reader(Caller caller, Employee e) {
        Long employer = e.getEmployer().getId();
        if (Objects.equals(caller.employeeId(), e.getId())) {
            return new Reader(caller, "AGENT", true, Set.of());
        }
        if (caller.hasRole(Role.HR) && caller.mayActFor(employer)) {
            return new Reader(caller, "HR", true, Set.of());
        }
        if (caller.hasRole(Role.MANAGER) && caller.mayActFor(employer) && manages(caller, e)) {
            Set<Long> granted = em.createNamedQuery("SectionGrant.ofEmployer", SectionGrant.class)
                    .setParameter("employer", employer).getResultList().stream().map(SectionGrant::getSectionId)
                    .collect(Collectors.toSet());
            if (!granted.isEmpty()) {
                return new Reader(caller, "MANAGER", false, granted);
            }
        }
        throw callers.denied(caller, employer, "employee-file:" + e.getId());
    }

    /** The caller manages the agent's unit or a unit above it. */
    private boolean manages(Caller caller, Employee e) {
        if (caller.employeeId() == null) {
            return false;
        }
        for (OrgUnit u = e.getOrgUnit(); u != null; u = u.getParent()) {
            if (u.getManagers().stream().anyMatch(m -> m.getId().equals(caller.employeeId()))) {
                return true;
            }
        }
        return false;
    }

    private Employee employee(Long id) {
        Employee e = id == null ? null : em.find(Employee.class, id);
        if (e == null) {
            throw new NotFoundException();
        }
        return e;
    }

    /** The agent's file; made now if the agent record came without one. */
    PersonnelFile file(Employee e) {
        List<PersonnelFile> found = em.createNamedQuery("PersonnelFile.ofEmployee", PersonnelFile.class)
                .setParameter("employee", e.getId()).getResultList();
        if (!found.isEmpty()) {
            return found.get(0);
        }
        PersonnelFile f = new PersonnelFile(e.getId(), e.getEmployer().getId(), clock.instant());
        if (!e.isActive()) {
            f.close(LocalDate.now(clock.withZone(PARIS)));
        }
        em.persist(f);
        em.flush();
        return f;
    }

    private PersonnelFile lockedFile(Employee e) {
        PersonnelFile f = file(e);
        // read again under the row lock: em.lock would first compare the version read without it, and fail with an
        // optimistic-lock error when another upload numbered a document meanwhile (seen with parallel uploads once
        // logins no longer serialised them)
        em.refresh(f, LockModeType.PESSIMISTIC_WRITE);
        return f;
    }

    private void logAccess(Reader reader, Employee e, PersonnelFile f, String action, Integer number) {
        Caller c = reader.caller();
        em.persist(new FileAccess(f.getId(), clock.instant(), c.login(), c.name() == null ? c.login() : c.name(),
                reader.role(), action, number));
        audit.record(AuditEntry.success(c.login(), f.getEmployerId(), "FILE_" + action,
                number == null ? "employee-file:" + e.getId() : "employee-file:" + e.getId() + "#" + number,
                reader.role() + " " + e.getMatricule()));
    }

    private List<AccessView> accessLog(PersonnelFile f) {
        return em.createNamedQuery("FileAccess.ofFile", FileAccess.class).setParameter("file", f.getId())
                .setMaxResults(1000).getResultList().stream().map(a -> new AccessView(a.getAccessedAt(),
                        a.getReaderName(), a.getReaderLogin(), a.getReaderRole(), a.getAction(), a.getDocumentNumber()))
                .toList();
    }

    private FileView view(Reader reader, Employee e, PersonnelFile f) {
        List<FileDocument> docs = em.createNamedQuery("FileDocument.ofFile", FileDocument.class)
                .setParameter("file", f.getId()).getResultList();
        Map<Long, List<FileDocumentVersion>> versions = versionsOf(f);
        List<SectionView> sections = new ArrayList<>();
        for (FileSection s : em.createNamedQuery("FileSection.all", FileSection.class).getResultList()) {
            if (!reader.reads(s)) {
                continue;
            }
            sections.add(new SectionView(s.getId(), s.getCode(), s.getName(), s.isRestricted(), docs.stream()
                    .filter(d -> d.getSection().getId().equals(s.getId()))
                    .map(d -> view(d, versions.getOrDefault(d.getId(), List.of()))).toList()));
        }
        boolean writable = !f.isClosed() && reader.caller().hasRole(Role.HR)
                && reader.caller().mayActFor(f.getEmployerId());
        return new FileView(f.getId(), e.getId(), e.getMatricule(), e.fullName(), f.getClosedOn(), reader.role(), writable,
                sections);
    }

    private Map<Long, List<FileDocumentVersion>> versionsOf(PersonnelFile f) {
        return em.createNamedQuery("FileDocumentVersion.ofFile", FileDocumentVersion.class)
                .setParameter("file", f.getId()).getResultList().stream()
                .collect(Collectors.groupingBy(FileDocumentVersion::getDocumentId, LinkedHashMap::new, Collectors.toList()));
    }

    private List<FileDocumentVersion> versionsOf(FileDocument d) {
        return em.createNamedQuery("FileDocumentVersion.of", FileDocumentVersion.class).setParameter("document", d.getId())
                .getResultList();
    }

    static DocumentView view(FileDocument d, List<FileDocumentVersion> versions) {
        return new DocumentView(d.getId(), d.getNumber(), d.getSection().getCode(), d.getSection().getName(),
                d.getType().getCode(), d.getType().getName(), d.getTitle(), d.getDescription(), d.getDocumentDate(),
                d.getOrigin(), d.getStatus(), d.getCurrentVersion(), d.getRetentionDue(), d.getWithdrawnReason(),
                d.getWithdrawnBy(), d.getWithdrawnAt(), d.getCreatedBy(), d.getCreatedAt(),
                versions.stream().map(v -> new VersionView(v.getVersionNumber(), v.getSize(), v.getMediaType(),
                        v.getFileName(), v.getNote(), v.getAddedBy(), v.getAddedAt(), v.getContentSha() != null)).toList());
    }

    static String statusLabel(DocumentStatus s) {
        return switch (s) {
            case ACTIVE -> "au dossier";
            case WITHDRAWN -> "retiré";
            case ARCHIVED -> "versé aux archives";
            case DESTROYED -> "éliminé";
        };
    }

    static String slug(String title) {
        String plain = java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String s = plain.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "").toLowerCase(java.util.Locale.ROOT);
        return s.isEmpty() ? "document" : s.length() > 60 ? s.substring(0, 60) : s;
    }

    private static String trim(String s, int max) {
        if (s == null) {
            return null;
        }
        String name = s.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        return name.length() <= max ? name : name.substring(0, max);
    }
}
