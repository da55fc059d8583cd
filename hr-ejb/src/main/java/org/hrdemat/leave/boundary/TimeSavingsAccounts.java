package org.hrdemat.leave.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.hrdemat.audit.boundary.AuditEntry;
import org.hrdemat.audit.boundary.AuditLog;
import org.hrdemat.identity.boundary.Caller;
import org.hrdemat.identity.boundary.Callers;
import org.hrdemat.identity.entity.Employee;
import org.hrdemat.leave.control.CetRules;
import org.hrdemat.leave.entity.LeaveAllocation;
import org.hrdemat.leave.entity.LeaveRequest;
import org.hrdemat.leave.entity.LeaveStatus;
import org.hrdemat.leave.entity.LeaveType;
import org.hrdemat.leave.entity.TimeSavingsAccount;
import org.hrdemat.shared.ConflictException;
import org.hrdemat.shared.InvalidInputException;

/** The agent's compte épargne-temps: opening, feeding from CA or RTT, and the yearly statement. */
@Stateless
public class TimeSavingsAccounts {

    /** The yearly statement: balance at 1 January, days saved, days taken, balance at 31 December. */
    public record Statement(int year, LocalDate openedOn, BigDecimal opening, BigDecimal credited, BigDecimal used,
                            BigDecimal closing) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @EJB
    Callers callers;

    @EJB
    AuditLog audit;

    @Inject
    Clock clock;

    public Statement open() {
        Caller caller = callers.current();
        Employee me = own(caller);
        if (account(me) != null) {
            throw new ConflictException("cet.alreadyOpen");
        }
        LocalDate today = LocalDate.now(clock.withZone(LeaveRequests.PARIS));
        String refusal = CetRules.openingRefusal(me.getStatus(), me.getHireDate(), today);
        if (refusal != null) {
            throw new ConflictException(refusal);
        }
        em.persist(new TimeSavingsAccount(me, today));
        em.flush();
        audit.record(AuditEntry.success(caller.login(), me.getEmployer().getId(), "CET_OPEN", "employee:" + me.getId(), null));
        return statement(today.getYear());
    }

    /** Moves unused days of CA or RTT of a year to the account. */
    public Statement feed(String fromType, int year, int halfDays) {
        Caller caller = callers.current();
        Employee me = own(caller);
        em.lock(me, LockModeType.PESSIMISTIC_WRITE);
        TimeSavingsAccount account = account(me);
        if (account == null) {
            throw new ConflictException("cet.notOpen");
        }
        LeaveLedger ledger = new LeaveLedger(em);
        LeaveType source = ledger.type(me.getEmployer(), fromType);
        if (source == null || !(LeaveType.CA.equals(source.getCode()) || LeaveType.RTT.equals(source.getCode()))) {
            throw new InvalidInputException("cet.source");
        }
        LeaveType cet = ledger.type(me.getEmployer(), LeaveType.CET);
        LeaveType ca = ledger.type(me.getEmployer(), LeaveType.CA);
        int cetBalance = ledger.remainingHalfDays(me, cet, year);
        String refusal = CetRules.transferRefusal(LeaveType.CA.equals(source.getCode()), halfDays,
                ledger.remainingHalfDays(me, source, year), ledger.takenHalfDays(me, ca, year),
                me.getWorkPattern().daysPerWeek(), cetBalance);
        if (refusal != null) {
            throw new ConflictException(refusal);
        }
        String reason = "Alimentation du CET depuis " + source.getCode() + " " + year;
        em.persist(new LeaveAllocation(me, source, year, -halfDays, reason, caller.login(), clock.instant()));
        em.persist(new LeaveAllocation(me, cet, year, halfDays, reason, caller.login(), clock.instant()));
        em.flush();
        audit.record(AuditEntry.success(caller.login(), me.getEmployer().getId(), "CET_FEED", "employee:" + me.getId(),
                LeaveBalance.days(halfDays) + " d from " + source.getCode() + " " + year));
        return statement(year);
    }

    public Statement statement(int year) {
        Caller caller = callers.current();
        Employee me = own(caller);
        TimeSavingsAccount account = account(me);
        if (account == null) {
            throw new ConflictException("cet.notOpen");
        }
        LeaveLedger ledger = new LeaveLedger(em);
        LeaveType cet = ledger.type(me.getEmployer(), LeaveType.CET);
        int creditedBefore = sum(me, cet, year - 1, true);
        int credited = sum(me, cet, year, false);
        int usedBefore = used(ledger, me, cet, year, true);
        int used = used(ledger, me, cet, year, false);
        int opening = creditedBefore - usedBefore;
        return new Statement(year, account.getOpenedOn(), LeaveBalance.days(opening), LeaveBalance.days(credited),
                LeaveBalance.days(used), LeaveBalance.days(opening + credited - used));
    }

    private int sum(Employee e, LeaveType cet, int year, boolean upTo) {
        return em.createNamedQuery(upTo ? "LeaveAllocation.sumUpTo" : "LeaveAllocation.sum", Number.class)
                .setParameter("employee", e).setParameter("type", cet).setParameter("year", year).getSingleResult()
                .intValue();
    }

    private int used(LeaveLedger ledger, Employee e, LeaveType cet, int year, boolean before) {
        List<LeaveRequest> holding = ledger.holding(e);
        return holding.stream().filter(r -> r.getType().getId().equals(cet.getId())
                        && r.getStatus() != LeaveStatus.SUBMITTED
                        && (before ? r.getStartDate().getYear() < year : r.getStartDate().getYear() == year))
                .mapToInt(LeaveRequest::getHalfDays).sum();
    }

    private TimeSavingsAccount account(Employee e) {
        return em.createNamedQuery("TimeSavingsAccount.of", TimeSavingsAccount.class).setParameter("employee", e)
                .getResultStream().findFirst().orElse(null);
    }

    private Employee own(Caller caller) {
        if (caller.employeeId() == null) {
            throw new ConflictException("leave.noEmployee");
        }
        return em.find(Employee.class, caller.employeeId());
    }
}
