package org.hrdemat.leave.control;

import java.time.LocalDate;
import java.util.Set;
import org.hrdemat.identity.entity.WorkPattern;
import org.hrdemat.leave.entity.HalfDay;

/**
 * Counts the working days of a leave, in half days: a day the agent does not work and a public holiday count 0;
 * starting in the afternoon ({@code startHalf = PM}) or ending at noon ({@code endHalf = AM}) counts half a day.
 */
public final class WorkingDayCalculator {

    private WorkingDayCalculator() {
    }

    /** Half days of leave; throws IllegalArgumentException("period") when the end is before the start. */
    public static int halfDays(LocalDate start, HalfDay startHalf, LocalDate end, HalfDay endHalf,
                               WorkPattern pattern, Set<LocalDate> holidays) {
        return halfDays(start, startHalf, end, endHalf, pattern, holidays, d -> true);
    }

    /** Same count, limited to the dates that {@code include} accepts (e.g. outside the main leave period). */
    public static int halfDays(LocalDate start, HalfDay startHalf, LocalDate end, HalfDay endHalf,
                               WorkPattern pattern, Set<LocalDate> holidays,
                               java.util.function.Predicate<LocalDate> include) {
        if (start == null || end == null || startHalf == null || endHalf == null) {
            throw new IllegalArgumentException("period");
        }
        if (end.isBefore(start) || (end.equals(start) && startHalf == HalfDay.PM && endHalf == HalfDay.AM)) {
            throw new IllegalArgumentException("period");
        }
        if (start.plusYears(2).isBefore(end)) {
            throw new IllegalArgumentException("tooLong");
        }
        int halves = 0;
        for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
            if (!pattern.isWorked(d.getDayOfWeek()) || holidays.contains(d) || !include.test(d)) {
                continue;
            }
            int day = 2;
            if (d.equals(start) && startHalf == HalfDay.PM) {
                day--;
            }
            if (d.equals(end) && endHalf == HalfDay.AM) {
                day--;
            }
            halves += day;
        }
        return halves;
    }

    /** Half days as a decimal number of days (5 half days → 2.5). */
    public static double days(int halfDays) {
        return halfDays / 2.0;
    }
}
