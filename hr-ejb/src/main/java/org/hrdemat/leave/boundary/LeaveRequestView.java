package org.hrdemat.leave.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hrdemat.leave.entity.HalfDay;
import org.hrdemat.leave.entity.LeaveRequest;
import org.hrdemat.leave.entity.LeaveStatus;

/** A read-only copy of a leave request with its history. */
public record LeaveRequestView(Long id, Long employeeId, String employeeName, String matricule, String type,
                               String typeLabel, LocalDate startDate, HalfDay startHalf, LocalDate endDate,
                               HalfDay endHalf, BigDecimal workingDays, LeaveStatus status, String comment,
                               String decisionReason, String decidedBy, String decidedFor, Instant decidedAt,
                               Instant submittedAt, long version, List<Step> history) implements Serializable {

    /** One step of the history. */
    public record Step(Instant at, String actor, String actingFor, String action, String reason) implements Serializable {
    }

    /** HR filed the decision in the agent's personnel file. */
    public boolean filed() {
        return history.stream().anyMatch(s -> "FILED".equals(s.action()));
    }

    static LeaveRequestView of(LeaveRequest r) {
        return new LeaveRequestView(r.getId(), r.getEmployee().getId(), r.getEmployee().fullName(),
                r.getEmployee().getMatricule(), r.getType().getCode(), r.getType().getLabel(), r.getStartDate(),
                r.getStartHalf(), r.getEndDate(), r.getEndHalf(), LeaveBalance.days(r.getHalfDays()), r.getStatus(),
                r.getComment(), r.getDecisionReason(), r.getDecidedBy(), r.getDecidedFor(), r.getDecidedAt(),
                r.getSubmittedAt(), r.getVersion(), r.getHistory().stream()
                .map(e -> new Step(e.getOccurredAt(), e.getActor(), e.getActingFor(), e.getAction(), e.getReason()))
                .toList());
    }
}
