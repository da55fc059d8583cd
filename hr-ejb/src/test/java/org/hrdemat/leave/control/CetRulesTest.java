package org.hrdemat.leave.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.hrdemat.identity.entity.EmployeeStatus;
import org.junit.jupiter.api.Test;

class CetRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 6, 1);

    @Test
    void opensAfterOneYearOfServiceButNotForAStagiaire() {
        assertNull(CetRules.openingRefusal(EmployeeStatus.TITULAIRE, LocalDate.of(2026, 6, 1), TODAY));
        assertEquals("cet.oneYear", CetRules.openingRefusal(EmployeeStatus.CONTRACTUEL, LocalDate.of(2026, 6, 2), TODAY));
        assertEquals("cet.stagiaire", CetRules.openingRefusal(EmployeeStatus.STAGIAIRE, LocalDate.of(2010, 1, 1), TODAY));
        assertEquals("cet.oneYear", CetRules.openingRefusal(EmployeeStatus.TITULAIRE, null, TODAY));
    }

    @Test
    void annualLeaveGoesToTheAccountOnlyOnceTwentyDaysWereTaken() {
        assertEquals("cet.caMinimum", CetRules.transferRefusal(true, 2, 10, 39, 5, 0));
        assertNull(CetRules.transferRefusal(true, 2, 10, 40, 5, 0));
        // four-day week: 16 days must be taken
        assertNull(CetRules.transferRefusal(true, 2, 10, 32, 4, 0));
        // RTT has no such minimum
        assertNull(CetRules.transferRefusal(false, 6, 10, 0, 5, 0));
    }

    @Test
    void neverAboveSixtyDaysNorMoreThanWhatIsLeft() {
        assertEquals("cet.ceiling", CetRules.transferRefusal(false, 4, 10, 0, 5, 118));
        assertNull(CetRules.transferRefusal(false, 2, 10, 0, 5, 118));
        assertEquals("cet.notEnough", CetRules.transferRefusal(false, 12, 10, 0, 5, 0));
        assertEquals("cet.amount", CetRules.transferRefusal(false, 0, 10, 0, 5, 0));
    }
}
