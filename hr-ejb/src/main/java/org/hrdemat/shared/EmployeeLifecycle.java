package org.hrdemat.shared;

import java.time.LocalDate;

/** A CDI event: an agent record was created, or the agent left (cessation de fonctions) or came back. */
public record EmployeeLifecycle(Long employeeId, Kind kind, LocalDate on) {

    /** What happened to the agent. */
    public enum Kind {
        CREATED, LEFT, RETURNED
    }
}
