package org.hrdemat.contract.control;

import java.time.LocalDate;

/** What the daily check does with a pending request that has a deadline. */
public final class Deadlines {

    /** Days before the deadline when the signer whose turn it is gets a reminder (once a day). */
    public static final int REMIND_FROM_DAYS = 2;

    /** The outcome for one request. */
    public enum Action {
        NONE, REMIND, EXPIRE
    }

    private Deadlines() {
    }

    /** After its deadline day a request expires; in the last days before it, one reminder a day. */
    public static Action decide(LocalDate deadline, LocalDate today, LocalDate remindedOn) {
        if (deadline == null) {
            return Action.NONE;
        }
        if (today.isAfter(deadline)) {
            return Action.EXPIRE;
        }
        if (!today.isBefore(deadline.minusDays(REMIND_FROM_DAYS)) && !today.equals(remindedOn)) {
            return Action.REMIND;
        }
        return Action.NONE;
    }
}
