package org.hrdemat.leave.entity;

/** Where a leave request stands. CANCEL_REQUESTED: approved, the agent asked to cancel, the approver decides. */
public enum LeaveStatus {
    SUBMITTED, APPROVED, REFUSED, CANCELLED, CANCEL_REQUESTED;

    /** Counts against the balance (taken or pending). */
    public boolean holdsDays() {
        return this == SUBMITTED || this == APPROVED || this == CANCEL_REQUESTED;
    }
}
