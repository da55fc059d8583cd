package org.hrdemat.leave.control;

import java.time.LocalDate;
import org.hrdemat.identity.entity.EmployeeStatus;

/**
 * Compte épargne-temps (décret 2004-878): opened on request after one year of service, not by a stagiaire; fed by
 * unused RTT and by annual leave as long as at least 20 days of it (prorated to the weekly pattern) were taken in
 * the year; never above 60 days.
 */
public final class CetRules {

    /** Ceiling of the account, in half days (60 days). */
    public static final int CEILING_HALF_DAYS = 120;

    private CetRules() {
    }

    /** Null when the agent may open an account today, else the message key of the reason. */
    public static String openingRefusal(EmployeeStatus status, LocalDate hireDate, LocalDate today) {
        if (status == EmployeeStatus.STAGIAIRE) {
            return "cet.stagiaire";
        }
        if (hireDate == null || hireDate.plusYears(1).isAfter(today)) {
            return "cet.oneYear";
        }
        return null;
    }

    /** Annual leave that must be taken in the year before any is saved: 4 × days worked per week (20 full time). */
    public static int minimumCaTakenHalfDays(int daysWorkedPerWeek) {
        return 2 * 4 * daysWorkedPerWeek;
    }

    /**
     * Null when {@code halfDays} of the source type may go to the account, else the message key of the reason.
     *
     * @param fromAnnualLeave true for CA, false for RTT
     */
    public static String transferRefusal(boolean fromAnnualLeave, int halfDays, int sourceRemaining, int caTaken,
                                         int daysWorkedPerWeek, int cetBalance) {
        if (halfDays <= 0) {
            return "cet.amount";
        }
        if (halfDays > sourceRemaining) {
            return "cet.notEnough";
        }
        if (fromAnnualLeave && caTaken < minimumCaTakenHalfDays(daysWorkedPerWeek)) {
            return "cet.caMinimum";
        }
        if (cetBalance + halfDays > CEILING_HALF_DAYS) {
            return "cet.ceiling";
        }
        return null;
    }
}
