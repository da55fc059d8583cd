package org.hrdemat.leave.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.hrdemat.audit.boundary.AuditEntry;
import org.hrdemat.audit.boundary.AuditLog;
import org.hrdemat.identity.boundary.Caller;
import org.hrdemat.identity.boundary.Callers;
import org.hrdemat.identity.entity.Employee;
import org.hrdemat.identity.entity.Role;
import org.hrdemat.leave.entity.Delegation;
import org.hrdemat.shared.ConflictException;
import org.hrdemat.shared.InvalidInputException;
import org.hrdemat.shared.NotFoundException;

/** A manager names a delegate for a period; during it the delegate decides in the manager's place. */
@Stateless
public class Delegations {

    /** A delegation as pages and the API show it. */
    public record DelegationView(Long id, Long delegateId, String delegateName, LocalDate startDate,
                                 LocalDate endDate, boolean revoked) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @EJB
    Callers callers;

    @EJB
    AuditLog audit;

    public DelegationView create(Long delegateEmployeeId, LocalDate startDate, LocalDate endDate) {
        Caller caller = callers.current();
        caller.requireAnyRole(Role.MANAGER);
        if (caller.employeeId() == null) {
            throw new ConflictException("leave.noEmployee");
        }
        Employee manager = em.find(Employee.class, caller.employeeId());
        Employee delegate = delegateEmployeeId == null ? null : em.find(Employee.class, delegateEmployeeId);
        if (delegate == null || !caller.mayActFor(delegate.getEmployer().getId())) {
            throw new InvalidInputException("delegation.invalidDelegate");
        }
        Delegation d = new Delegation(manager, delegate, startDate, endDate);
        em.persist(d);
        em.flush();
        audit.record(AuditEntry.success(caller.login(), manager.getEmployer().getId(), "DELEGATION_CREATE",
                "delegation:" + d.getId(), "to " + delegate.fullName() + " " + startDate + " → " + endDate));
        return view(d);
    }

    public List<DelegationView> mine() {
        Caller caller = callers.current();
        if (caller.employeeId() == null) {
            return List.of();
        }
        return em.createNamedQuery("Delegation.ofManager", Delegation.class)
                .setParameter("manager", em.find(Employee.class, caller.employeeId())).getResultList().stream()
                .map(Delegations::view).toList();
    }

    /** A person a manager can name as delegate. */
    public record Candidate(Long employeeId, String name, String matricule) implements Serializable {
    }

    /** The active agents of the manager's employer, other than the manager. */
    public List<Candidate> candidates() {
        Caller caller = callers.current();
        caller.requireAnyRole(Role.MANAGER);
        if (caller.employeeId() == null) {
            return List.of();
        }
        Employee manager = em.find(Employee.class, caller.employeeId());
        return em.createNamedQuery("Employee.byEmployer", Employee.class).setParameter("employer", manager.getEmployer())
                .getResultList().stream().filter(e -> e.isActive() && !e.getId().equals(manager.getId()))
                .map(e -> new Candidate(e.getId(), e.getLastName() + " " + e.getFirstName(), e.getMatricule())).toList();
    }

    public void revoke(Long id) {
        Caller caller = callers.current();
        Delegation d = id == null ? null : em.find(Delegation.class, id);
        if (d == null || !d.getManager().getId().equals(caller.employeeId())) {
            throw new NotFoundException();
        }
        d.revoke();
        audit.record(AuditEntry.success(caller.login(), d.getManager().getEmployer().getId(), "DELEGATION_REVOKE",
                "delegation:" + id, null));
    }

    static DelegationView view(Delegation d) {
        return new DelegationView(d.getId(), d.getDelegate().getId(), d.getDelegate().fullName(), d.getStartDate(),
                d.getEndDate(), d.isRevoked());
    }
}
