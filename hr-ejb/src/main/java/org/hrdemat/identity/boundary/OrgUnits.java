package org.hrdemat.identity.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import org.hrdemat.audit.boundary.AuditEntry;
import org.hrdemat.audit.boundary.AuditLog;
import org.hrdemat.identity.entity.Employee;
import org.hrdemat.identity.entity.Employer;
import org.hrdemat.identity.entity.OrgUnit;
import org.hrdemat.identity.entity.Role;
import org.hrdemat.shared.ConflictException;
import org.hrdemat.shared.InvalidInputException;
import org.hrdemat.shared.NotFoundException;

/** The org unit tree of an employer: HR and ADMIN read it, ADMIN changes it and names managers. */
@Stateless
public class OrgUnits {

    @PersistenceContext
    EntityManager em;

    @EJB
    Callers callers;

    @EJB
    AuditLog audit;

    /** Units of the employer ordered by their path in the tree. */
    public List<OrgUnitView> list(Long employerId) {
        Caller caller = callers.current();
        callers.requireEmployer(caller, employerId, "employer:" + employerId);
        caller.requireAnyRole(Role.HR, Role.ADMIN);
        return em.createNamedQuery("OrgUnit.byEmployer", OrgUnit.class)
                .setParameter("employer", em.find(Employer.class, employerId)).getResultList().stream()
                .map(OrgUnitView::of).sorted(Comparator.comparing(OrgUnitView::path)).toList();
    }

    /** The units the caller manages (as an agent named manager of them). */
    public List<OrgUnitView> managedByMe() {
        Caller caller = callers.current();
        if (caller.employeeId() == null) {
            return List.of();
        }
        return em.createNamedQuery("OrgUnit.managedBy", OrgUnit.class)
                .setParameter("employee", em.find(Employee.class, caller.employeeId())).getResultList().stream()
                .map(OrgUnitView::of).sorted(Comparator.comparing(OrgUnitView::path)).toList();
    }

    public OrgUnitView create(Long employerId, Long parentId, String name) {
        Caller caller = callers.current();
        callers.requireEmployer(caller, employerId, "employer:" + employerId);
        caller.requireAnyRole(Role.ADMIN);
        Employer employer = em.find(Employer.class, employerId);
        OrgUnit parent = parentId == null ? null : load(caller, parentId);
        OrgUnit unit;
        try {
            unit = new OrgUnit(employer, parent, name);
        } catch (IllegalArgumentException ex) {
            throw new InvalidInputException("invalid." + ex.getMessage());
        }
        em.persist(unit);
        em.flush();
        audit.record(AuditEntry.success(caller.login(), employerId, "ORGUNIT_CREATE", "orgunit:" + unit.getId(), unit.path()));
        return OrgUnitView.of(unit);
    }

    /** Renames, moves and sets the managers of a unit in one step. */
    public OrgUnitView update(Long id, long expectedVersion, String name, Long parentId, List<Long> managerIds) {
        Caller caller = callers.current();
        caller.requireAnyRole(Role.ADMIN);
        OrgUnit unit = load(caller, id);
        if (unit.getVersion() != expectedVersion) {
            throw new ConflictException("error.staleVersion");
        }
        OrgUnit parent = parentId == null ? null : load(caller, parentId);
        try {
            unit.rename(name);
            unit.moveUnder(parent);
            unit.getManagers().clear();
            for (Long managerId : managerIds == null ? List.<Long>of() : managerIds) {
                Employee m = em.find(Employee.class, managerId);
                if (m == null) {
                    throw new InvalidInputException("invalid.manager");
                }
                unit.addManager(m);
            }
        } catch (IllegalArgumentException ex) {
            throw new InvalidInputException("invalid." + ex.getMessage());
        }
        audit.record(AuditEntry.success(caller.login(), unit.getEmployer().getId(), "ORGUNIT_UPDATE",
                "orgunit:" + id, unit.path()));
        return OrgUnitView.of(unit);
    }

    private OrgUnit load(Caller caller, Long id) {
        OrgUnit unit = em.find(OrgUnit.class, id);
        if (unit == null) {
            throw new NotFoundException();
        }
        if (!caller.mayActFor(unit.getEmployer().getId())) {
            throw callers.denied(caller, unit.getEmployer().getId(), "orgunit:" + id);
        }
        return unit;
    }
}
