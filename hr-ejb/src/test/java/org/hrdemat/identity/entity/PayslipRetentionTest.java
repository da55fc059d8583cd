package org.hrdemat.identity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PayslipRetentionTest {

    @Test
    void fiftyYearsFromIssueOrUntilTheAgentIsSeventyFive() {
        LocalDate issue = LocalDate.of(2027, 1, 31);
        LocalDate birth = LocalDate.of(1985, 6, 2);
        assertEquals(LocalDate.of(2077, 1, 31), PayslipRetention.FIFTY_YEARS.until(issue, birth));
        assertEquals(LocalDate.of(2060, 6, 2), PayslipRetention.UNTIL_AGE_75.until(issue, birth));
        assertEquals(LocalDate.of(2077, 1, 31), PayslipRetention.UNTIL_AGE_75.until(issue, null),
                "without a birth date, the 50-year rule applies");
    }
}
