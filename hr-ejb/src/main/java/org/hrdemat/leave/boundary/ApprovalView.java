package org.hrdemat.leave.boundary;

import java.io.Serializable;
import java.util.List;

/** A request the caller may decide now, with the agent's balance and who else in the team is away then. */
public record ApprovalView(LeaveRequestView request, LeaveBalance balance, List<String> teamAway, String actingFor)
        implements Serializable {
}
