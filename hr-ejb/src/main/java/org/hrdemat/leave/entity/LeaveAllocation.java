package org.hrdemat.leave.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hrdemat.identity.entity.Employee;

/**
 * A manual addition to (or removal from) an agent's allocation of a type for a year, with its mandatory reason.
 * The computed entitlement (CA, RTT, fractionnement) is never stored: it is derived from the agent's record.
 */
@Entity
@Table(name = "leave_allocation")
@NamedQuery(name = "LeaveAllocation.sumUpTo", query = "select coalesce(sum(a.halfDays), 0) from LeaveAllocation a "
        + "where a.employee = :employee and a.type = :type and a.year <= :year")
@NamedQuery(name = "LeaveAllocation.sum", query = "select coalesce(sum(a.halfDays), 0) from LeaveAllocation a "
        + "where a.employee = :employee and a.type = :type and a.year = :year")
public class LeaveAllocation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "employee_id", nullable = false)
    private Employee employee;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "leave_type_id", nullable = false)
    private LeaveType type;

    @Column(name = "leave_year", nullable = false)
    private int year;

    @Column(name = "half_days", nullable = false)
    private int halfDays;

    @jakarta.validation.constraints.Size(max = 500)
    @Column(nullable = false, length = 500)
    private String reason;

    @jakarta.validation.constraints.Size(max = 100)
    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected LeaveAllocation() {
    }

    public LeaveAllocation(Employee employee, LeaveType type, int year, int halfDays, String reason, String createdBy,
                           Instant createdAt) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason");
        }
        if (halfDays == 0) {
            throw new IllegalArgumentException("days");
        }
        this.employee = employee;
        this.type = type;
        this.year = year;
        this.halfDays = halfDays;
        this.reason = reason.trim();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public int getHalfDays() {
        return halfDays;
    }

    public String getReason() {
        return reason;
    }
}
