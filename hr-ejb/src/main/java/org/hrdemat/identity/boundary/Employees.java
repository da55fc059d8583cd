package org.hrdemat.identity.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import org.hrdemat.audit.boundary.AuditEntry;
import org.hrdemat.audit.boundary.AuditLog;
import org.hrdemat.identity.entity.Employee;
import org.hrdemat.identity.entity.Employer;
import org.hrdemat.identity.entity.OrgUnit;
import org.hrdemat.identity.entity.Role;
import org.hrdemat.identity.entity.WorkPattern;
import org.hrdemat.shared.ConflictException;
import org.hrdemat.shared.InvalidInputException;
import org.hrdemat.shared.NotFoundException;

/** Agents of an employer: HR and ADMIN of that employer list, create, edit and deactivate them. */
@Stateless
public class Employees {

    @PersistenceContext
    EntityManager em;

    @EJB
    Callers callers;

    @EJB
    AuditLog audit;

    @jakarta.inject.Inject
    jakarta.enterprise.event.Event<org.hrdemat.shared.EmployeeLifecycle> lifecycle;

    static java.time.LocalDate today() {
        return java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris"));
    }

    public List<EmployeeView> list(Long employerId) {
        Caller caller = callers.current();
        callers.requireEmployer(caller, employerId, "employer:" + employerId);
        caller.requireAnyRole(Role.HR, Role.ADMIN);
        Employer employer = em.find(Employer.class, employerId);
        return em.createNamedQuery("Employee.byEmployer", Employee.class).setParameter("employer", employer)
                .getResultList().stream().map(e -> EmployeeView.of(e, managerNames(e))).toList();
    }

    public long countActive(Long employerId) {
        Caller caller = callers.current();
        callers.requireEmployer(caller, employerId, "employer:" + employerId);
        caller.requireAnyRole(Role.HR, Role.ADMIN);
        return em.createNamedQuery("Employee.countActive", Long.class)
                .setParameter("employer", em.find(Employer.class, employerId)).getSingleResult();
    }

    /** One agent by id: HR/ADMIN of its employer, or the agent themself; anyone else gets "not found". */
    public EmployeeView find(Long id) {
        Caller caller = callers.current();
        Employee e = id == null ? null : em.find(Employee.class, id);
        if (e == null) {
            throw new NotFoundException();
        }
        boolean own = id.equals(caller.employeeId());
        if (!own && !(caller.hasAnyRole(Role.HR, Role.ADMIN) && caller.mayActFor(e.getEmployer().getId()))) {
            throw callers.denied(caller, e.getEmployer().getId(), "employee:" + id);
        }
        return EmployeeView.of(e, managerNames(e));
    }

    /** The caller's own agent record, or null for an account without one. */
    public EmployeeView mine() {
        Caller caller = callers.current();
        if (caller.employeeId() == null) {
            return null;
        }
        Employee e = em.find(Employee.class, caller.employeeId());
        return EmployeeView.of(e, managerNames(e));
    }

    public EmployeeView create(Long employerId, EmployeeData data) {
        Caller caller = callers.current();
        callers.requireEmployer(caller, employerId, "employer:" + employerId);
        caller.requireAnyRole(Role.HR, Role.ADMIN);
        Employer employer = em.find(Employer.class, employerId);
        Employee e = apply(em, newEmployee(employer, data.matricule()), data);
        if (exists(employer, e.getMatricule())) {
            throw new ConflictException("employee.duplicateMatricule", e.getMatricule());
        }
        em.persist(e);
        em.flush();
        lifecycle.fire(new org.hrdemat.shared.EmployeeLifecycle(e.getId(),
                org.hrdemat.shared.EmployeeLifecycle.Kind.CREATED, today()));
        audit.record(AuditEntry.success(caller.login(), employerId, "EMPLOYEE_CREATE", "employee:" + e.getId(),
                e.getMatricule() + " " + e.fullName()));
        return EmployeeView.of(e, managerNames(e));
    }

    /** Saves changes; a stale version (someone else saved first) is refused. The matricule never changes. */
    public EmployeeView update(Long id, long expectedVersion, EmployeeData data) {
        Caller caller = callers.current();
        caller.requireAnyRole(Role.HR, Role.ADMIN);
        Employee e = loadInScope(caller, id);
        if (e.getVersion() != expectedVersion) {
            throw new ConflictException("error.staleVersion");
        }
        apply(em, e, data);
        audit.record(AuditEntry.success(caller.login(), e.getEmployer().getId(), "EMPLOYEE_UPDATE",
                "employee:" + id, e.getMatricule() + " " + e.fullName()));
        return EmployeeView.of(e, managerNames(e));
    }

    public void setActive(Long id, boolean active) {
        Caller caller = callers.current();
        caller.requireAnyRole(Role.HR, Role.ADMIN);
        Employee e = loadInScope(caller, id);
        boolean was = e.isActive();
        if (active) {
            e.activate();
        } else {
            e.deactivate();
        }
        if (was != active) {
            // cessation de fonctions (or return): the personnel file follows
            lifecycle.fire(new org.hrdemat.shared.EmployeeLifecycle(e.getId(), active
                    ? org.hrdemat.shared.EmployeeLifecycle.Kind.RETURNED : org.hrdemat.shared.EmployeeLifecycle.Kind.LEFT,
                    today()));
        }
        audit.record(AuditEntry.success(caller.login(), e.getEmployer().getId(),
                active ? "EMPLOYEE_ACTIVATE" : "EMPLOYEE_DEACTIVATE", "employee:" + id, e.getMatricule()));
    }

    Employee loadInScope(Caller caller, Long id) {
        Employee e = id == null ? null : em.find(Employee.class, id);
        if (e == null) {
            throw new NotFoundException();
        }
        if (!caller.mayActFor(e.getEmployer().getId())) {
            throw callers.denied(caller, e.getEmployer().getId(), "employee:" + id);
        }
        return e;
    }

    boolean exists(Employer employer, String matricule) {
        return !em.createNamedQuery("Employee.byMatricule", Employee.class).setParameter("employer", employer)
                .setParameter("matricule", matricule).getResultList().isEmpty();
    }

    /** Applies the data to an agent, turning the entity's refusals into field-named input errors. */
    static Employee apply(EntityManager em, Employee e, EmployeeData d) {
        OrgUnit unit = null;
        if (d.orgUnitId() != null) {
            unit = em.find(OrgUnit.class, d.orgUnitId());
            if (unit == null || !unit.getEmployer().getId().equals(e.getEmployer().getId())) {
                throw new InvalidInputException("invalid.orgUnit");
            }
        }
        if (d.status() == null) {
            throw new InvalidInputException("invalid.status");
        }
        try {
            WorkPattern pattern = new WorkPattern(d.workDays(), d.quotite() == null ? 100 : d.quotite());
            e.update(d.lastName(), d.firstName(), d.birthDate(), d.email(), d.status(), d.hireDate(), unit, pattern);
        } catch (IllegalArgumentException ex) {
            throw new InvalidInputException("invalid." + ex.getMessage());
        }
        return e;
    }

    /** The names of the agent's managers: those of the nearest unit up the tree that has any. */
    List<String> managerNames(Employee e) {
        List<String> names = new ArrayList<>();
        for (OrgUnit u = e.getOrgUnit(); u != null && names.isEmpty(); u = u.getParent()) {
            u.getManagers().stream().filter(m -> !m.getId().equals(e.getId()))
                    .forEach(m -> names.add(m.fullName()));
        }
        return names;
    }

    /** Creates the entity while turning a bad matricule into an input error. */
    static Employee newEmployee(Employer employer, String matricule) {
        try {
            return new Employee(employer, matricule);
        } catch (IllegalArgumentException ex) {
            throw new InvalidInputException("invalid.matricule");
        }
    }
}
