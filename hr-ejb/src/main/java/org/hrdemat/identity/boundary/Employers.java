package org.hrdemat.identity.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.hrdemat.audit.boundary.AuditEntry;
import org.hrdemat.audit.boundary.AuditLog;
import org.hrdemat.identity.entity.Employer;
import org.hrdemat.identity.entity.EmployerType;
import org.hrdemat.identity.entity.HolidayCalendar;
import org.hrdemat.identity.entity.Role;
import org.hrdemat.identity.entity.UserAccount;
import org.hrdemat.shared.ConflictException;
import org.hrdemat.shared.InvalidInputException;
import org.hrdemat.shared.NotFoundException;

/** Employers (collectivités): everyone lists those they may act for; ADMIN creates and edits them. */
@Stateless
public class Employers {

    @PersistenceContext
    EntityManager em;

    @EJB
    Callers callers;

    @EJB
    AuditLog audit;

    /** The employers the caller may act for, by name. */
    public List<EmployerView> mine() {
        Caller caller = callers.current();
        if (caller.employerIds().isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("Employer.byIds", Employer.class).setParameter("ids", caller.employerIds())
                .getResultList().stream().map(EmployerView::of).toList();
    }

    public EmployerView find(Long id) {
        Caller caller = callers.current();
        if (id == null || em.find(Employer.class, id) == null) {
            throw new NotFoundException();
        }
        callers.requireEmployer(caller, id, "employer:" + id);
        return EmployerView.of(em.find(Employer.class, id));
    }

    /** Creates an employer; the creating administrator may act for it at once. */
    public EmployerView create(String name, String siret, EmployerType type, HolidayCalendar calendar) {
        Caller caller = callers.current();
        caller.requireAnyRole(Role.ADMIN);
        Employer e;
        try {
            e = new Employer(name, siret, type, calendar);
        } catch (IllegalArgumentException | NullPointerException ex) {
            throw new InvalidInputException("invalid." + (ex.getMessage() == null ? "type" : ex.getMessage()));
        }
        if (!em.createNamedQuery("Employer.byName", Employer.class).setParameter("name", e.getName())
                .getResultList().isEmpty()) {
            throw new ConflictException("employer.duplicateName", e.getName());
        }
        em.persist(e);
        em.find(UserAccount.class, caller.accountId()).grantEmployer(e);
        em.flush();
        audit.record(AuditEntry.success(caller.login(), e.getId(), "EMPLOYER_CREATE", "employer:" + e.getId(), e.getName()));
        return EmployerView.of(e);
    }

    public EmployerView update(Long id, long expectedVersion, String name, String siret, EmployerType type,
                               HolidayCalendar calendar) {
        Caller caller = callers.current();
        caller.requireAnyRole(Role.ADMIN);
        Employer e = id == null ? null : em.find(Employer.class, id);
        if (e == null) {
            throw new NotFoundException();
        }
        callers.requireEmployer(caller, id, "employer:" + id);
        if (e.getVersion() != expectedVersion) {
            throw new ConflictException("error.staleVersion");
        }
        try {
            e.rename(name, siret, type, calendar);
        } catch (IllegalArgumentException | NullPointerException ex) {
            throw new InvalidInputException("invalid." + (ex.getMessage() == null ? "type" : ex.getMessage()));
        }
        audit.record(AuditEntry.success(caller.login(), id, "EMPLOYER_UPDATE", "employer:" + id, e.getName()));
        return EmployerView.of(e);
    }

    /** ADMIN chooses how long payslips stay available: 50 years, or until the agent is 75. */
    public EmployerView choosePayslipRetention(Long id, org.hrdemat.identity.entity.PayslipRetention retention) {
        Caller caller = callers.current();
        if (id == null || em.find(Employer.class, id) == null) {
            throw new NotFoundException();
        }
        callers.requireEmployer(caller, id, "employer:" + id);
        caller.requireAnyRole(Role.ADMIN);
        if (retention == null) {
            throw new InvalidInputException("invalid.retention");
        }
        Employer e = em.find(Employer.class, id);
        e.choosePayslipRetention(retention);
        audit.record(AuditEntry.success(caller.login(), id, "EMPLOYER_PAYSLIP_RETENTION", "employer:" + id, retention.name()));
        return EmployerView.of(e);
    }

    /** ADMIN: the title under which the employer's signatory signs contracts (blank clears it). */
    public EmployerView setSignatoryTitle(Long id, String title) {
        Caller caller = callers.current();
        if (id == null || em.find(Employer.class, id) == null) {
            throw new NotFoundException();
        }
        callers.requireEmployer(caller, id, "employer:" + id);
        caller.requireAnyRole(Role.ADMIN);
        Employer e = em.find(Employer.class, id);
        try {
            e.setSignatoryTitle(title);
        } catch (IllegalArgumentException ex) {
            throw new InvalidInputException("invalid.signatoryTitle");
        }
        audit.record(AuditEntry.success(caller.login(), id, "EMPLOYER_SIGNATORY_TITLE", "employer:" + id,
                e.getSignatoryTitle()));
        return EmployerView.of(e);
    }

    public void setActive(Long id, boolean active) {
        Caller caller = callers.current();
        caller.requireAnyRole(Role.ADMIN);
        Employer e = id == null ? null : em.find(Employer.class, id);
        if (e == null) {
            throw new NotFoundException();
        }
        callers.requireEmployer(caller, id, "employer:" + id);
        if (active) {
            e.activate();
        } else {
            e.deactivate();
        }
        audit.record(AuditEntry.success(caller.login(), id, active ? "EMPLOYER_ACTIVATE" : "EMPLOYER_DEACTIVATE",
                "employer:" + id, e.getName()));
    }
}
