package org.hrdemat.leave.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AnnualLeaveRulesTest {

    @Test
    void fullYearGivesFiveTimesTheWeeklyDays() {
        assertEquals(50, AnnualLeaveRules.allocationHalfDays(5, LocalDate.of(2012, 1, 1), null, 2027));
        assertEquals(40, AnnualLeaveRules.allocationHalfDays(4, LocalDate.of(2018, 4, 1), null, 2027));
        assertEquals(50, AnnualLeaveRules.allocationHalfDays(5, null, null, 2027));
    }

    @Test
    void partialYearIsProratedByMonthsAndRoundedUpToTheHalfDay() {
        // hired 1 July: 6 months → 12.5 days
        assertEquals(25, AnnualLeaveRules.allocationHalfDays(5, LocalDate.of(2027, 7, 1), null, 2027));
        // hired 15 March on 4 days: 17/31 + 9 months → 15.91 days → 16
        assertEquals(32, AnnualLeaveRules.allocationHalfDays(4, LocalDate.of(2027, 3, 15), null, 2027));
        // left on 30 June: 6 months
        assertEquals(25, AnnualLeaveRules.allocationHalfDays(5, LocalDate.of(2000, 1, 1), LocalDate.of(2027, 6, 30), 2027));
        // hired after the year
        assertEquals(0, AnnualLeaveRules.allocationHalfDays(5, LocalDate.of(2028, 1, 1), null, 2027));
    }

    @Test
    void fractionnementGivesOneDayForFiveToSevenAndTwoForEight() {
        assertEquals(0, AnnualLeaveRules.fractionnementHalfDays(9));
        assertEquals(2, AnnualLeaveRules.fractionnementHalfDays(10));
        assertEquals(2, AnnualLeaveRules.fractionnementHalfDays(15));
        assertEquals(4, AnnualLeaveRules.fractionnementHalfDays(16));
        assertTrue(AnnualLeaveRules.inMainPeriod(LocalDate.of(2027, 5, 1)));
        assertTrue(AnnualLeaveRules.inMainPeriod(LocalDate.of(2027, 10, 31)));
        assertFalse(AnnualLeaveRules.inMainPeriod(LocalDate.of(2027, 11, 1)));
        assertFalse(AnnualLeaveRules.inMainPeriod(LocalDate.of(2027, 4, 30)));
    }

    @Test
    void rttIsProratedByQuotite() {
        assertEquals(36, AnnualLeaveRules.rttHalfDays(18, 100, 12));
        assertEquals(29, AnnualLeaveRules.rttHalfDays(18, 80, 12));
    }
}
