package org.hrdemat.leave.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hrdemat.identity.entity.Employee;
import org.hrdemat.shared.ConflictException;
import org.hrdemat.shared.InvalidInputException;

/**
 * A leave request of an agent. It moves SUBMITTED → APPROVED or REFUSED; the agent cancels a SUBMITTED one at
 * once, and asks the approver to cancel an APPROVED one that has not started (CANCEL_REQUESTED). Each move is
 * kept in its history; the entity refuses any other move.
 */
@Entity
@Table(name = "leave_request")
@NamedQuery(name = "LeaveRequest.ofEmployee",
        query = "select r from LeaveRequest r where r.employee = :employee order by r.startDate desc, r.id desc")
@NamedQuery(name = "LeaveRequest.holdingOfEmployee",
        query = "select r from LeaveRequest r where r.employee = :employee and r.status in :statuses")
@NamedQuery(name = "LeaveRequest.pendingOfEmployer",
        query = "select r from LeaveRequest r where r.employee.employer = :employer and r.status in :statuses "
                + "order by r.startDate")
@NamedQuery(name = "LeaveRequest.ofEmployer",
        query = "select r from LeaveRequest r where r.employee.employer = :employer order by r.startDate desc")
@NamedQuery(name = "LeaveRequest.overlapping",
        query = "select r from LeaveRequest r where r.employee.employer = :employer and r.status in :statuses "
                + "and r.startDate <= :to and r.endDate >= :from order by r.startDate")
public class LeaveRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "employee_id", nullable = false)
    private Employee employee;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "leave_type_id", nullable = false)
    private LeaveType type;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "start_half", nullable = false, length = 2)
    private HalfDay startHalf;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_half", nullable = false, length = 2)
    private HalfDay endHalf;

    @Column(name = "half_days", nullable = false)
    private int halfDays;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LeaveStatus status;

    @jakarta.validation.constraints.Size(max = 500)
    @Column(length = 500)
    private String comment;

    @jakarta.validation.constraints.Size(max = 500)
    @Column(name = "decision_reason", length = 500)
    private String decisionReason;

    @jakarta.validation.constraints.Size(max = 100)
    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @jakarta.validation.constraints.Size(max = 100)
    @Column(name = "decided_for", length = 100)
    private String decidedFor;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @OneToMany(mappedBy = "request", cascade = CascadeType.ALL)
    @OrderBy("occurredAt, id")
    private List<LeaveRequestEvent> history = new ArrayList<>();

    @Version
    private long version;

    protected LeaveRequest() {
    }

    public LeaveRequest(Employee employee, LeaveType type, LocalDate startDate, HalfDay startHalf, LocalDate endDate,
                        HalfDay endHalf, int halfDays, String comment, String actor, Instant at) {
        if (halfDays <= 0) {
            throw new ConflictException("leave.noWorkingDay");
        }
        if (!type.isHalfDaysAllowed() && (startHalf == HalfDay.PM || endHalf == HalfDay.AM)) {
            throw new ConflictException("leave.halfDaysNotAllowed", type.getCode());
        }
        this.employee = employee;
        this.type = type;
        this.startDate = startDate;
        this.startHalf = startHalf;
        this.endDate = endDate;
        this.endHalf = endHalf;
        this.halfDays = halfDays;
        this.comment = comment == null || comment.isBlank() ? null : comment.trim();
        this.status = LeaveStatus.SUBMITTED;
        this.submittedAt = at;
        record(at, actor, null, "SUBMITTED", this.comment);
    }

    /** The approver (or a delegate acting for them) accepts what is pending: the leave, or its cancellation. */
    public void approve(String actor, String actingFor, Instant at) {
        if (status == LeaveStatus.SUBMITTED) {
            status = LeaveStatus.APPROVED;
            decided(actor, actingFor, at, null);
            record(at, actor, actingFor, "APPROVED", null);
        } else if (status == LeaveStatus.CANCEL_REQUESTED) {
            status = LeaveStatus.CANCELLED;
            decided(actor, actingFor, at, null);
            record(at, actor, actingFor, "CANCELLATION_ACCEPTED", null);
        } else {
            throw new ConflictException("leave.notPending");
        }
    }

    /** The approver refuses what is pending, with a reason: the leave, or its cancellation (it stays approved). */
    public void refuse(String actor, String actingFor, String reason, Instant at) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("leave.reasonRequired");
        }
        if (status == LeaveStatus.SUBMITTED) {
            status = LeaveStatus.REFUSED;
            decided(actor, actingFor, at, reason.trim());
            record(at, actor, actingFor, "REFUSED", reason.trim());
        } else if (status == LeaveStatus.CANCEL_REQUESTED) {
            status = LeaveStatus.APPROVED;
            decided(actor, actingFor, at, reason.trim());
            record(at, actor, actingFor, "CANCELLATION_REFUSED", reason.trim());
        } else {
            throw new ConflictException("leave.notPending");
        }
    }

    /**
     * The agent cancels: a submitted request at once; an approved one that has not started goes back to the
     * approver. Anything else is refused.
     */
    public void cancel(String actor, LocalDate today, Instant at) {
        if (status == LeaveStatus.SUBMITTED) {
            status = LeaveStatus.CANCELLED;
            record(at, actor, null, "CANCELLED", null);
        } else if (status == LeaveStatus.APPROVED && startDate.isAfter(today)) {
            status = LeaveStatus.CANCEL_REQUESTED;
            record(at, actor, null, "CANCELLATION_REQUESTED", null);
        } else if (status == LeaveStatus.APPROVED) {
            throw new ConflictException("leave.alreadyStarted");
        } else {
            throw new ConflictException("leave.notCancellable");
        }
    }

    /**
     * HR files the decision in the agent's personnel file: only a decided request (approved or refused), and only
     * once.
     */
    public void markFiled(String actor, Instant at) {
        if (status != LeaveStatus.APPROVED && status != LeaveStatus.REFUSED) {
            throw new ConflictException("leave.notDecided");
        }
        if (isFiled()) {
            throw new ConflictException("leave.alreadyFiled");
        }
        record(at, actor, null, "FILED", null);
    }

    public boolean isFiled() {
        return history.stream().anyMatch(e -> "FILED".equals(e.getAction()));
    }

    /** Half-day positions (date × 2 + half), so that two periods compare at half-day precision. */
    public long startKey() {
        return startDate.toEpochDay() * 2 + (startHalf == HalfDay.PM ? 1 : 0);
    }

    public long endKey() {
        return endDate.toEpochDay() * 2 + (endHalf == HalfDay.AM ? 0 : 1);
    }

    public boolean overlaps(long otherStartKey, long otherEndKey) {
        return startKey() <= otherEndKey && otherStartKey <= endKey();
    }

    private void decided(String actor, String actingFor, Instant at, String reason) {
        this.decidedBy = actor;
        this.decidedFor = actingFor;
        this.decidedAt = at;
        this.decisionReason = reason;
    }

    private void record(Instant at, String actor, String actingFor, String action, String reason) {
        history.add(new LeaveRequestEvent(this, at, actor, actingFor, action, reason));
    }

    public Long getId() {
        return id;
    }

    public Employee getEmployee() {
        return employee;
    }

    public LeaveType getType() {
        return type;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public HalfDay getStartHalf() {
        return startHalf;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public HalfDay getEndHalf() {
        return endHalf;
    }

    public int getHalfDays() {
        return halfDays;
    }

    public LeaveStatus getStatus() {
        return status;
    }

    public String getComment() {
        return comment;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getDecidedFor() {
        return decidedFor;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public List<LeaveRequestEvent> getHistory() {
        return history;
    }

    public long getVersion() {
        return version;
    }
}
