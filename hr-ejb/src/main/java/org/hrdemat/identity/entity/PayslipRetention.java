package org.hrdemat.identity.entity;

import java.time.LocalDate;

/** The employer's choice of payslip availability (décret 2016-1762): 50 years, or until the agent is 75. */
public enum PayslipRetention {
    FIFTY_YEARS, UNTIL_AGE_75;

    /** The date until which a payslip issued on {@code issue} stays available. */
    public LocalDate until(LocalDate issue, LocalDate birthDate) {
        if (this == UNTIL_AGE_75 && birthDate != null) {
            return birthDate.plusYears(75);
        }
        return issue.plusYears(50);
    }
}
