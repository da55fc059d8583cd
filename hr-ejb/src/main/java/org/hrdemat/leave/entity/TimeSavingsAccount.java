package org.hrdemat.leave.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hrdemat.identity.entity.Employee;

/** The agent's compte épargne-temps, once opened; its days are allocations of the CET leave type. */
@Entity
@Table(name = "cet_account")
@NamedQuery(name = "TimeSavingsAccount.of", query = "select a from TimeSavingsAccount a where a.employee = :employee")
public class TimeSavingsAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "employee_id", nullable = false, unique = true)
    private Employee employee;

    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    protected TimeSavingsAccount() {
    }

    public TimeSavingsAccount(Employee employee, LocalDate openedOn) {
        this.employee = employee;
        this.openedOn = openedOn;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }
}
