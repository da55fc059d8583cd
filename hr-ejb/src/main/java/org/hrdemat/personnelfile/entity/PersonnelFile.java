package org.hrdemat.personnelfile.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.hrdemat.shared.ConflictException;

/** An agent's file: hands out document numbers in order, and is read-only once the agent has left. */
@Entity
@Table(name = "personnel_file")
@NamedQuery(name = "PersonnelFile.ofEmployee", query = "select f from PersonnelFile f where f.employeeId = :employee")
public class PersonnelFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "employee_id", nullable = false, unique = true)
    private Long employeeId;

    @Column(name = "employer_id", nullable = false)
    private Long employerId;

    @Column(name = "last_number", nullable = false)
    private int lastNumber;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Version
    private long version;

    protected PersonnelFile() {
    }

    public PersonnelFile(Long employeeId, Long employerId, Instant createdAt) {
        this.employeeId = employeeId;
        this.employerId = employerId;
        this.createdAt = createdAt;
    }

    /**
     * The next document number: one more than the last one handed out. The caller holds the file's row lock, and
     * the number is handed out in the transaction that stores the document, so a failure gives it back.
     */
    public int nextNumber() {
        requireOpen();
        lastNumber++;
        return lastNumber;
    }

    public void requireOpen() {
        if (closedOn != null) {
            throw new ConflictException("file.closed");
        }
    }

    /** Cessation de fonctions: the file becomes read-only. */
    public void close(LocalDate on) {
        if (closedOn == null) {
            closedOn = on;
        }
    }

    /** The agent came back (or left by mistake): the file is open again. */
    public void reopen() {
        closedOn = null;
    }

    public Long getId() {
        return id;
    }

    public Long getEmployeeId() {
        return employeeId;
    }

    public Long getEmployerId() {
        return employerId;
    }

    public int getLastNumber() {
        return lastNumber;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public boolean isClosed() {
        return closedOn != null;
    }
}
