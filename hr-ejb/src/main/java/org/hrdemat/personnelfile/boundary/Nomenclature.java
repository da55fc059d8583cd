package org.hrdemat.personnelfile.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hrdemat.audit.boundary.AuditEntry;
import org.hrdemat.audit.boundary.AuditLog;
import org.hrdemat.identity.boundary.Caller;
import org.hrdemat.identity.boundary.Callers;
import org.hrdemat.identity.entity.Role;
import org.hrdemat.personnelfile.boundary.FileViews.SectionInfo;
import org.hrdemat.personnelfile.boundary.FileViews.TypeView;
import org.hrdemat.personnelfile.entity.FileDocumentType;
import org.hrdemat.personnelfile.entity.FileSection;
import org.hrdemat.personnelfile.entity.FinalAction;
import org.hrdemat.personnelfile.entity.RetentionAnchor;
import org.hrdemat.personnelfile.entity.SectionGrant;
import org.hrdemat.shared.ConflictException;
import org.hrdemat.shared.InvalidInputException;

/**
 * The nomenclature of the files (sections and document types with their retention rule), which an ADMIN extends,
 * and the sections an ADMIN opens to the managers of an employer.
 */
@Stateless
public class Nomenclature {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    @PersistenceContext
    EntityManager em;

    @EJB
    Callers callers;

    @EJB
    AuditLog audit;

    /** The sections, each saying whether the employer's managers may read it. */
    public List<SectionInfo> sections(Long employerId) {
        Caller caller = callers.current();
        callers.requireEmployer(caller, employerId, "employer:" + employerId);
        caller.requireAnyRole(Role.HR, Role.ADMIN);
        Set<Long> granted = em.createNamedQuery("SectionGrant.ofEmployer", SectionGrant.class)
                .setParameter("employer", employerId).getResultList().stream().map(SectionGrant::getSectionId)
                .collect(Collectors.toSet());
        return em.createNamedQuery("FileSection.all", FileSection.class).getResultList().stream()
                .map(s -> new SectionInfo(s.getId(), s.getCode(), s.getName(), s.isRestricted(),
                        granted.contains(s.getId()))).toList();
    }

    /** The document types, by section. */
    public List<TypeView> types() {
        Caller caller = callers.current();
        caller.requireAnyRole(Role.HR, Role.ADMIN);
        return em.createNamedQuery("FileDocumentType.all", FileDocumentType.class).getResultList().stream()
                .map(Nomenclature::view).toList();
    }

    /** ADMIN: a new section, numbered after the last one. */
    public SectionInfo addSection(String name, boolean restricted) {
        Caller caller = callers.current();
        caller.requireAnyRole(Role.ADMIN);
        String n = name == null ? "" : name.trim();
        if (n.isEmpty() || n.length() > 120) {
            throw new InvalidInputException("invalid.name");
        }
        PersonnelFiles.refuseForbidden(n);
        if (em.createNamedQuery("FileSection.all", FileSection.class).getResultList().stream()
                .anyMatch(s -> s.getName().equalsIgnoreCase(n))) {
            throw new ConflictException("file.duplicateSection", n);
        }
        int code = em.createNamedQuery("FileSection.maxCode", Integer.class).getSingleResult() + 1;
        FileSection s = new FileSection(code, n, restricted);
        em.persist(s);
        em.flush();
        audit.record(AuditEntry.success(caller.login(), null, "FILE_SECTION_ADD", "file-section:" + s.getId(),
                code + " " + n + (restricted ? " (restricted)" : "")));
        return new SectionInfo(s.getId(), code, n, restricted, false);
    }

    /** ADMIN: a new document type with its retention rule; a medical or opinion type is refused. */
    public TypeView addType(int sectionCode, String code, String name, RetentionAnchor anchor, Integer years,
                            FinalAction action) {
        Caller caller = callers.current();
        caller.requireAnyRole(Role.ADMIN);
        FileSection section = em.createNamedQuery("FileSection.all", FileSection.class).getResultList().stream()
                .filter(s -> s.getCode() == sectionCode).findFirst()
                .orElseThrow(() -> new InvalidInputException("invalid.section"));
        String c = code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT);
        if (!CODE.matcher(c).matches()) {
            throw new InvalidInputException("invalid.code");
        }
        String n = name == null ? "" : name.trim();
        if (n.isEmpty() || n.length() > 120) {
            throw new InvalidInputException("invalid.name");
        }
        if (anchor == null) {
            throw new InvalidInputException("invalid.anchor");
        }
        if (years == null || years < 0 || years > 150) {
            throw new InvalidInputException("invalid.years");
        }
        if (action == null) {
            throw new InvalidInputException("invalid.action");
        }
        PersonnelFiles.refuseForbidden(n);
        if (!em.createNamedQuery("FileDocumentType.byCode", FileDocumentType.class).setParameter("code", c)
                .getResultList().isEmpty()) {
            throw new ConflictException("file.duplicateType", c);
        }
        FileDocumentType t = new FileDocumentType(section, c, n, anchor, years, action);
        em.persist(t);
        em.flush();
        audit.record(AuditEntry.success(caller.login(), null, "FILE_TYPE_ADD", "file-type:" + t.getId(),
                c + " in section " + sectionCode + ": " + anchor + " " + years + " then " + action));
        return view(t);
    }

    /** ADMIN: opens (or closes) a section to the managers of an employer; restricted sections stay closed. */
    public void grantToManagers(Long employerId, Long sectionId, boolean granted) {
        Caller caller = callers.current();
        callers.requireEmployer(caller, employerId, "employer:" + employerId);
        caller.requireAnyRole(Role.ADMIN);
        FileSection s = sectionId == null ? null : em.find(FileSection.class, sectionId);
        if (s == null) {
            throw new InvalidInputException("invalid.section");
        }
        if (granted && s.isRestricted()) {
            throw new ConflictException("file.restrictedGrant", s.getName());
        }
        List<SectionGrant> existing = em.createNamedQuery("SectionGrant.ofEmployer", SectionGrant.class)
                .setParameter("employer", employerId).getResultList().stream()
                .filter(g -> g.getSectionId().equals(sectionId)).toList();
        if (granted && existing.isEmpty()) {
            em.persist(new SectionGrant(employerId, sectionId));
        } else if (!granted) {
            existing.forEach(em::remove);
        } else {
            return;
        }
        audit.record(AuditEntry.success(caller.login(), employerId, granted ? "FILE_SECTION_GRANT" : "FILE_SECTION_REVOKE",
                "file-section:" + sectionId, s.getCode() + " " + s.getName() + " for managers"));
    }

    static TypeView view(FileDocumentType t) {
        return new TypeView(t.getId(), t.getCode(), t.getName(), t.getSection().getCode(), t.getSection().getName(),
                t.getAnchor(), t.getYears(), t.getFinalAction());
    }
}
