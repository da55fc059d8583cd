package org.hrdemat.identity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class WorkPatternTest {

    @Test
    void fourDayWeekWithWednesdayOff() {
        WorkPattern p = new WorkPattern(WorkPattern.parseDays("lun, mar, jeu, ven"), 80);
        assertEquals(4, p.daysPerWeek());
        assertFalse(p.isWorked(DayOfWeek.WEDNESDAY));
        assertTrue(p.isWorked(DayOfWeek.THURSDAY));
        assertEquals("1,2,4,5", p.getWorkDays());
    }

    @Test
    void daysParseInFrenchEnglishAndNumbers() {
        EnumSet<DayOfWeek> expected = EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        assertEquals(expected, WorkPattern.parseDays("Lundi Vendredi"));
        assertEquals(expected, WorkPattern.parseDays("MON;FRI"));
        assertEquals(expected, WorkPattern.parseDays("1,5"));
    }

    @Test
    void unknownDayOrEmptyPatternOrBadQuotiteRefused() {
        assertThrows(IllegalArgumentException.class, () -> WorkPattern.parseDays("lun, funday"));
        assertThrows(IllegalArgumentException.class, () -> new WorkPattern(EnumSet.noneOf(DayOfWeek.class), 100));
        assertThrows(IllegalArgumentException.class, () -> new WorkPattern(EnumSet.of(DayOfWeek.MONDAY), 120));
    }
}
