package org.hrdemat.leave.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.hrdemat.audit.boundary.AuditEntry;
import org.hrdemat.audit.boundary.AuditLog;
import org.hrdemat.identity.boundary.Caller;
import org.hrdemat.identity.boundary.Callers;
import org.hrdemat.identity.entity.Employee;
import org.hrdemat.identity.entity.Role;
import org.hrdemat.leave.entity.LeaveAllocation;
import org.hrdemat.leave.entity.LeaveType;
import org.hrdemat.shared.ConflictException;
import org.hrdemat.shared.InvalidInputException;
import org.hrdemat.shared.NotFoundException;

/** Balances: agents see their own; HR sees every agent's and adjusts an allocation with a mandatory reason. */
@Stateless
public class LeaveBalances {

    @PersistenceContext
    EntityManager em;

    @EJB
    Callers callers;

    @EJB
    AuditLog audit;

    @Inject
    Clock clock;

    /** The caller's balances of every type that has one, for the year. */
    public List<LeaveBalance> mine(int year) {
        Caller caller = callers.current();
        if (caller.employeeId() == null) {
            throw new ConflictException("leave.noEmployee");
        }
        return of(em.find(Employee.class, caller.employeeId()), year);
    }

    /** One agent's balances, for HR/ADMIN of its employer. */
    public List<LeaveBalance> ofEmployee(Long employeeId, int year) {
        Caller caller = callers.current();
        caller.requireAnyRole(Role.HR, Role.ADMIN);
        return of(inScope(caller, employeeId), year);
    }

    /** One agent's balances of a year, for the HR overview. */
    public record AgentBalances(Long employeeId, String matricule, String name, List<LeaveBalance> balances)
            implements java.io.Serializable {
    }

    /** Balances of every active agent of the employer, for HR/ADMIN. */
    public List<AgentBalances> ofEmployer(Long employerId, int year) {
        Caller caller = callers.current();
        callers.requireEmployer(caller, employerId, "employer:" + employerId);
        caller.requireAnyRole(Role.HR, Role.ADMIN);
        return em.createNamedQuery("Employee.byEmployer", Employee.class)
                .setParameter("employer", em.find(org.hrdemat.identity.entity.Employer.class, employerId))
                .getResultList().stream().filter(Employee::isActive)
                .map(e -> new AgentBalances(e.getId(), e.getMatricule(), e.getLastName() + " " + e.getFirstName(),
                        of(e, year))).toList();
    }

    /** HR adds (or removes, with a negative number) half days to an allocation; the reason is mandatory. */
    public LeaveBalance adjust(Long employeeId, String typeCode, int year, int halfDays, String reason) {
        Caller caller = callers.current();
        caller.requireAnyRole(Role.HR);
        Employee e = inScope(caller, employeeId);
        LeaveType type = new LeaveLedger(em).type(e.getEmployer(), typeCode);
        if (type == null || !type.isNeedsBalance()) {
            throw new InvalidInputException("leave.unknownType");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("leave.reasonRequired");
        }
        if (halfDays == 0 || year < 2000 || year > 2100) {
            throw new InvalidInputException("leave.adjustment");
        }
        em.persist(new LeaveAllocation(e, type, year, halfDays, reason, caller.login(), clock.instant()));
        em.flush();
        audit.record(AuditEntry.success(caller.login(), e.getEmployer().getId(), "LEAVE_ADJUST", "employee:" + employeeId,
                type.getCode() + " " + year + " " + LeaveBalance.days(halfDays) + " d: " + reason.trim()));
        return new LeaveLedger(em).balance(e, type, year);
    }

    List<LeaveBalance> of(Employee e, int year) {
        LeaveLedger ledger = new LeaveLedger(em);
        return ledger.types(e.getEmployer()).stream().filter(LeaveType::isNeedsBalance)
                .map(t -> ledger.balance(e, t, year)).toList();
    }

    private Employee inScope(Caller caller, Long employeeId) {
        Employee e = employeeId == null ? null : em.find(Employee.class, employeeId);
        if (e == null) {
            throw new NotFoundException();
        }
        if (!caller.mayActFor(e.getEmployer().getId())) {
            throw callers.denied(caller, e.getEmployer().getId(), "employee:" + employeeId);
        }
        return e;
    }
}
