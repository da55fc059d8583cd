package org.hrdemat.leave.control;

import static org.hrdemat.leave.entity.HalfDay.AM;
import static org.hrdemat.leave.entity.HalfDay.PM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.hrdemat.identity.entity.HolidayCalendar;
import org.hrdemat.identity.entity.WorkPattern;
import org.junit.jupiter.api.Test;

class WorkingDayCalculatorTest {

    private static final WorkPattern FULL = WorkPattern.fullTime();
    private static final WorkPattern NO_WEDNESDAY = new WorkPattern(
            EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY), 80);

    private static int count(String from, Object startHalf, String to, Object endHalf, WorkPattern p,
                             HolidayCalendar cal) {
        LocalDate start = LocalDate.parse(from);
        LocalDate end = LocalDate.parse(to);
        Set<LocalDate> holidays = PublicHolidays.datesBetween(start, end, cal);
        return WorkingDayCalculator.halfDays(start, (org.hrdemat.leave.entity.HalfDay) startHalf, end,
                (org.hrdemat.leave.entity.HalfDay) endHalf, p, holidays);
    }

    private static int metro(String from, Object sh, String to, Object eh, WorkPattern p) {
        return count(from, sh, to, eh, p, HolidayCalendar.METROPOLE);
    }

    @Test
    void aWeekMondayToFridayIsFiveDays() {
        assertEquals(10, metro("2027-03-01", AM, "2027-03-05", PM, FULL));
    }

    @Test
    void weekendDaysCountZero() {
        assertEquals(0, metro("2027-03-06", AM, "2027-03-07", PM, FULL));
        assertEquals(10, metro("2027-03-01", AM, "2027-03-07", PM, FULL));
    }

    @Test
    void aPublicHolidayCountsZero() {
        // Ascension, Thursday 6 May 2027
        assertEquals(8, metro("2027-05-03", AM, "2027-05-07", PM, FULL));
    }

    @Test
    void halfDayOnAHolidayCountsZero() {
        assertEquals(0, metro("2027-07-14", PM, "2027-07-14", PM, FULL));
        assertEquals(0, metro("2027-07-14", AM, "2027-07-14", AM, FULL));
    }

    @Test
    void startingAfternoonAndEndingAtNoonCountHalfDays() {
        assertEquals(4, metro("2027-03-01", PM, "2027-03-03", AM, FULL));
        assertEquals(1, metro("2027-03-01", AM, "2027-03-01", AM, FULL));
        assertEquals(1, metro("2027-03-01", PM, "2027-03-01", PM, FULL));
        assertEquals(2, metro("2027-03-01", AM, "2027-03-01", PM, FULL));
    }

    @Test
    void partTimePatternSkipsTheDayOff() {
        assertEquals(8, metro("2027-03-01", AM, "2027-03-05", PM, NO_WEDNESDAY));
        assertEquals(0, metro("2027-03-03", AM, "2027-03-03", PM, NO_WEDNESDAY));
    }

    @Test
    void leapDayIsAWorkingDay() {
        // Monday 28 Feb 2028 to Wednesday 1 March 2028, through Tuesday 29 February
        assertEquals(6, metro("2028-02-28", AM, "2028-03-01", PM, FULL));
    }

    @Test
    void yearBoundaryAndAlsaceMoselleSaintStephen() {
        // Thu 30 Dec 2027 .. Mon 3 Jan 2028: 1 January is a Saturday anyway
        assertEquals(6, metro("2027-12-30", AM, "2028-01-03", PM, FULL));
        // Wed 24 .. Fri 26 Dec 2025: Christmas everywhere, 26 December only in Alsace-Moselle
        assertEquals(4, count("2025-12-24", AM, "2025-12-26", PM, FULL, HolidayCalendar.METROPOLE));
        assertEquals(2, count("2025-12-24", AM, "2025-12-26", PM, FULL, HolidayCalendar.ALSACE_MOSELLE));
    }

    @Test
    void endBeforeStartIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> metro("2027-03-05", AM, "2027-03-01", PM, FULL));
        assertThrows(IllegalArgumentException.class, () -> metro("2027-03-01", PM, "2027-03-01", AM, FULL));
    }
}
