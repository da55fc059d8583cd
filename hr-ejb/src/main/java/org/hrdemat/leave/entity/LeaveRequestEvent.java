package org.hrdemat.leave.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step in a request's history: who did what, when, for whom (delegation) and why. */
@Entity
@Table(name = "leave_request_event")
public class LeaveRequestEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "request_id", nullable = false)
    private LeaveRequest request;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @jakarta.validation.constraints.Size(max = 100)
    @Column(nullable = false, length = 100)
    private String actor;

    /** The approver the actor decided for, when acting as a delegate. */
    @jakarta.validation.constraints.Size(max = 100)
    @Column(name = "acting_for", length = 100)
    private String actingFor;

    @jakarta.validation.constraints.Size(max = 30)
    @Column(nullable = false, length = 30)
    private String action;

    @jakarta.validation.constraints.Size(max = 500)
    @Column(length = 500)
    private String reason;

    protected LeaveRequestEvent() {
    }

    LeaveRequestEvent(LeaveRequest request, Instant at, String actor, String actingFor, String action, String reason) {
        this.request = request;
        this.occurredAt = at;
        this.actor = actor;
        this.actingFor = actingFor;
        this.action = action;
        this.reason = reason;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getActingFor() {
        return actingFor;
    }

    public String getAction() {
        return action;
    }

    public String getReason() {
        return reason;
    }
}
