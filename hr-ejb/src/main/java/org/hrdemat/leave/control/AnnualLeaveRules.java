package org.hrdemat.leave.control;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;

/**
 * Décret 85-1250: annual leave is 5 times the number of days worked per week, prorated by the months of service
 * in the year and rounded up to the half day; fractionnement adds 1 day for 5 to 7 days of CA taken outside
 * 1 May – 31 October, 2 days for 8 or more.
 */
public final class AnnualLeaveRules {

    private AnnualLeaveRules() {
    }

    /** Annual leave entitlement for the year, in half days. */
    public static int allocationHalfDays(int daysWorkedPerWeek, LocalDate hireDate, LocalDate endOfService, int year) {
        double months = monthsOfService(hireDate, endOfService, year);
        double days = 5.0 * daysWorkedPerWeek * months / 12.0;
        return (int) Math.ceil(days * 2 - 1e-9);
    }

    /**
     * Months served in the year: whole calendar months count 1, a partial month counts its served days over its
     * length. No hire date means service the whole year.
     */
    public static double monthsOfService(LocalDate hireDate, LocalDate endOfService, int year) {
        LocalDate from = LocalDate.of(year, Month.JANUARY, 1);
        LocalDate to = LocalDate.of(year, Month.DECEMBER, 31);
        if (hireDate != null && hireDate.isAfter(from)) {
            from = hireDate;
        }
        if (endOfService != null && endOfService.isBefore(to)) {
            to = endOfService;
        }
        if (to.isBefore(from)) {
            return 0;
        }
        double months = 0;
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            LocalDate first = m.atDay(1).isBefore(from) ? from : m.atDay(1);
            LocalDate last = m.atEndOfMonth().isAfter(to) ? to : m.atEndOfMonth();
            int served = last.getDayOfMonth() - first.getDayOfMonth() + 1;
            months += served == m.lengthOfMonth() ? 1.0 : (double) served / m.lengthOfMonth();
        }
        return months;
    }

    /** Extra days (in half days) earned by CA days taken outside 1 May – 31 October. */
    public static int fractionnementHalfDays(int caHalfDaysOutsideSummer) {
        double days = caHalfDaysOutsideSummer / 2.0;
        if (days >= 8) {
            return 4;
        }
        if (days >= 5) {
            return 2;
        }
        return 0;
    }

    /** True when the date falls in the main period 1 May – 31 October. */
    public static boolean inMainPeriod(LocalDate date) {
        return date.getMonthValue() >= 5 && date.getMonthValue() <= 10;
    }

    /** RTT of the year for a part-time agent: the full-time number prorated by quotité, rounded up to the half day. */
    public static int rttHalfDays(double fullTimeDays, int quotite, double monthsOfService) {
        double days = fullTimeDays * quotite / 100.0 * monthsOfService / 12.0;
        return (int) Math.ceil(days * 2 - 1e-9);
    }
}
