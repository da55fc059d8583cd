package org.hrdemat.leave.boundary;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hrdemat.identity.entity.Employee;
import org.hrdemat.identity.entity.Employer;
import org.hrdemat.identity.entity.OrgUnit;
import org.hrdemat.leave.control.AnnualLeaveRules;
import org.hrdemat.leave.control.PublicHolidays;
import org.hrdemat.leave.control.WorkingDayCalculator;
import org.hrdemat.leave.entity.Delegation;
import org.hrdemat.leave.entity.LeaveRequest;
import org.hrdemat.leave.entity.LeaveStatus;
import org.hrdemat.leave.entity.LeaveType;

/**
 * The leave bookkeeping shared by the leave boundaries (not an entry point): default types of an employer,
 * entitlements and balances, approvers of an agent and who may decide a request.
 */
final class LeaveLedger {

    /** RTT of a full-time agent in the default 37 h 30 weekly cycle: 15 days. */
    static final int DEFAULT_RTT_HALF_DAYS = 30;

    private final EntityManager em;

    LeaveLedger(EntityManager em) {
        this.em = em;
    }

    /** The employer's leave types, seeding the standard ones the first time. */
    List<LeaveType> types(Employer employer) {
        List<LeaveType> types = em.createNamedQuery("LeaveType.byEmployer", LeaveType.class)
                .setParameter("employer", employer).getResultList();
        if (!types.isEmpty()) {
            return types;
        }
        List<LeaveType> seeded = List.of(
                new LeaveType(employer, LeaveType.CA, "Congés annuels", true, false, true, null),
                new LeaveType(employer, LeaveType.RTT, "RTT", true, false, true, DEFAULT_RTT_HALF_DAYS),
                new LeaveType(employer, LeaveType.CET, "Compte épargne-temps", true, false, true, null),
                new LeaveType(employer, LeaveType.FRAC, "Jours de fractionnement", true, false, true, null),
                new LeaveType(employer, "ASA", "Autorisation spéciale d'absence", false, true, true, null),
                new LeaveType(employer, "FAM", "Événement familial", false, true, false, null));
        seeded.forEach(em::persist);
        em.flush();
        return seeded;
    }

    LeaveType type(Employer employer, String code) {
        return types(employer).stream().filter(t -> t.getCode().equalsIgnoreCase(code == null ? "" : code.trim()))
                .findFirst().orElse(null);
    }

    Set<LocalDate> holidays(Employer employer, LocalDate from, LocalDate to) {
        return PublicHolidays.datesBetween(from, to, employer.getHolidayCalendar());
    }

    int workingHalfDays(Employee e, LeaveRequest r) {
        return WorkingDayCalculator.halfDays(r.getStartDate(), r.getStartHalf(), r.getEndDate(), r.getEndHalf(),
                e.getWorkPattern(), holidays(e.getEmployer(), r.getStartDate(), r.getEndDate()));
    }

    /** Entitlement computed from the agent's record, before manual adjustments, in half days. */
    int computedHalfDays(Employee e, LeaveType type, int year) {
        switch (type.getCode()) {
            case LeaveType.CA:
                return AnnualLeaveRules.allocationHalfDays(e.getWorkPattern().daysPerWeek(), e.getHireDate(), null, year);
            case LeaveType.RTT:
                int full = type.getFullTimeHalfDays() == null ? 0 : type.getFullTimeHalfDays();
                return AnnualLeaveRules.rttHalfDays(full / 2.0, e.getWorkPattern().getQuotite(),
                        AnnualLeaveRules.monthsOfService(e.getHireDate(), null, year));
            case LeaveType.FRAC:
                return AnnualLeaveRules.fractionnementHalfDays(caOutsideMainPeriod(e, year));
            default:
                return 0;
        }
    }

    /** Approved CA half days of the year taken outside 1 May – 31 October. */
    int caOutsideMainPeriod(Employee e, int year) {
        LeaveType ca = type(e.getEmployer(), LeaveType.CA);
        int halves = 0;
        for (LeaveRequest r : holding(e)) {
            if (r.getType().getId().equals(ca.getId()) && r.getStatus() != LeaveStatus.SUBMITTED) {
                halves += WorkingDayCalculator.halfDays(r.getStartDate(), r.getStartHalf(), r.getEndDate(),
                        r.getEndHalf(), e.getWorkPattern(), holidays(e.getEmployer(), r.getStartDate(), r.getEndDate()),
                        d -> d.getYear() == year && !AnnualLeaveRules.inMainPeriod(d));
            }
        }
        return halves;
    }

    List<LeaveRequest> holding(Employee e) {
        return em.createNamedQuery("LeaveRequest.holdingOfEmployee", LeaveRequest.class).setParameter("employee", e)
                .setParameter("statuses", EnumSet.of(LeaveStatus.SUBMITTED, LeaveStatus.APPROVED,
                        LeaveStatus.CANCEL_REQUESTED)).getResultList();
    }

    /**
     * Balance of a type for a year; a request counts in the year it starts. The CET is an account, not a yearly
     * right: its balance carries over, so it sums every year up to this one.
     */
    LeaveBalance balance(Employee e, LeaveType type, int year) {
        boolean cumulative = LeaveType.CET.equals(type.getCode());
        int adjustments = em.createNamedQuery(cumulative ? "LeaveAllocation.sumUpTo" : "LeaveAllocation.sum",
                        Number.class).setParameter("employee", e)
                .setParameter("type", type).setParameter("year", year).getSingleResult().intValue();
        int allocated = computedHalfDays(e, type, year) + adjustments;
        int taken = 0;
        int pending = 0;
        for (LeaveRequest r : holding(e)) {
            int y = r.getStartDate().getYear();
            if (r.getType().getId().equals(type.getId()) && (y == year || cumulative && y < year)) {
                if (r.getStatus() == LeaveStatus.SUBMITTED) {
                    pending += r.getHalfDays();
                } else {
                    taken += r.getHalfDays();
                }
            }
        }
        return new LeaveBalance(type.getCode(), type.getLabel(), year, LeaveBalance.days(allocated),
                LeaveBalance.days(taken), LeaveBalance.days(pending), LeaveBalance.days(allocated - taken - pending));
    }

    /** Half days of a type taken (approved) in the year. */
    int takenHalfDays(Employee e, LeaveType type, int year) {
        return holding(e).stream().filter(r -> r.getType().getId().equals(type.getId())
                && r.getStatus() != LeaveStatus.SUBMITTED && r.getStartDate().getYear() == year)
                .mapToInt(LeaveRequest::getHalfDays).sum();
    }

    int remainingHalfDays(Employee e, LeaveType type, int year) {
        LeaveBalance b = balance(e, type, year);
        return b.remaining().multiply(java.math.BigDecimal.valueOf(2)).intValue();
    }

    /**
     * Who approves the agent's leave: the managers of the agent's unit, walking up the tree when a unit has none;
     * a manager never approves their own leave (it goes up).
     */
    Set<Employee> approvers(Employee e) {
        Set<Employee> found = new LinkedHashSet<>();
        for (OrgUnit u = e.getOrgUnit(); u != null && found.isEmpty(); u = u.getParent()) {
            u.getManagers().stream().filter(m -> !m.getId().equals(e.getId()) && m.isActive()).forEach(found::add);
        }
        return found;
    }

    /** The managers the caller currently stands in for, by delegation. */
    List<Employee> delegatorsOf(Employee delegate, LocalDate day) {
        List<Employee> managers = new ArrayList<>();
        em.createNamedQuery("Delegation.activeForDelegate", Delegation.class).setParameter("delegate", delegate)
                .setParameter("day", day).getResultList().forEach(d -> managers.add(d.getManager()));
        return managers;
    }

    static LocalDate endOfYear(int year) {
        return LocalDate.of(year, Month.DECEMBER, 31);
    }
}
