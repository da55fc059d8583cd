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
import java.time.LocalDate;
import java.util.Objects;
import org.hrdemat.identity.entity.Employee;
import org.hrdemat.shared.InvalidInputException;

/** A manager names a delegate who decides leave requests in their place over a date range. */
@Entity
@Table(name = "leave_delegation")
@NamedQuery(name = "Delegation.activeForDelegate", query = "select d from Delegation d where d.delegate = :delegate "
        + "and d.revoked = false and d.startDate <= :day and d.endDate >= :day")
@NamedQuery(name = "Delegation.ofManager", query = "select d from Delegation d where d.manager = :manager "
        + "order by d.startDate desc")
public class Delegation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "manager_id", nullable = false)
    private Employee manager;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "delegate_id", nullable = false)
    private Employee delegate;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(nullable = false)
    private boolean revoked;

    protected Delegation() {
    }

    public Delegation(Employee manager, Employee delegate, LocalDate startDate, LocalDate endDate) {
        if (startDate == null || endDate == null || endDate.isBefore(startDate)) {
            throw new InvalidInputException("leave.period");
        }
        if (Objects.equals(manager.getId(), delegate.getId())
                || !Objects.equals(manager.getEmployer().getId(), delegate.getEmployer().getId())) {
            throw new InvalidInputException("delegation.invalidDelegate");
        }
        this.manager = manager;
        this.delegate = delegate;
        this.startDate = startDate;
        this.endDate = endDate;
    }

    public void revoke() {
        revoked = true;
    }

    public boolean isActiveOn(LocalDate day) {
        return !revoked && !day.isBefore(startDate) && !day.isAfter(endDate);
    }

    public Long getId() {
        return id;
    }

    public Employee getManager() {
        return manager;
    }

    public Employee getDelegate() {
        return delegate;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public boolean isRevoked() {
        return revoked;
    }
}
