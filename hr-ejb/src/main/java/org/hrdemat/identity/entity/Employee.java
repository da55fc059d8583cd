package org.hrdemat.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/** An agent of an employer, identified by a matricule unique within that employer. */
@Entity
@Table(name = "employee", uniqueConstraints = @UniqueConstraint(name = "uk_employee_matricule",
        columnNames = {"employer_id", "matricule"}))
@NamedQuery(name = "Employee.byEmployer",
        query = "select e from Employee e where e.employer = :employer order by e.lastName, e.firstName")
@NamedQuery(name = "Employee.byMatricule",
        query = "select e from Employee e where e.employer = :employer and e.matricule = :matricule")
@NamedQuery(name = "Employee.countActive",
        query = "select count(e) from Employee e where e.employer = :employer and e.active = true")
public class Employee {

    private static final Pattern MATRICULE = Pattern.compile("[A-Z0-9]{1,20}");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "employer_id", nullable = false)
    private Employer employer;

    @jakarta.validation.constraints.Size(max = 20)
    @Column(nullable = false, length = 20)
    private String matricule;

    @jakarta.validation.constraints.Size(max = 100)
    @Column(name = "last_name", nullable = false, length = 100)
    private String lastName;

    @jakarta.validation.constraints.Size(max = 100)
    @Column(name = "first_name", nullable = false, length = 100)
    private String firstName;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @jakarta.validation.constraints.Size(max = 200)
    @Column(length = 200)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EmployeeStatus status;

    @Column(name = "hire_date")
    private LocalDate hireDate;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "org_unit_id")
    private OrgUnit orgUnit;

    @Embedded
    private WorkPattern workPattern;

    /** The agent refused electronic payslips and gets paper ones. */
    @Column(name = "paper_payslip", nullable = false)
    private boolean paperPayslip;

    /** First payroll period (YYYY-MM) printed on paper: three months after the agent refused electronic payslips. */
    @jakarta.validation.constraints.Size(max = 7)
    @Column(name = "paper_from", length = 7)
    private String paperFrom;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Employee() {
    }

    public Employee(Employer employer, String matricule) {
        this.employer = Objects.requireNonNull(employer);
        this.matricule = normaliseMatricule(matricule);
        this.status = EmployeeStatus.TITULAIRE;
        this.workPattern = WorkPattern.fullTime();
    }

    /** Upper-cases and checks a matricule: 1 to 20 letters or digits. */
    public static String normaliseMatricule(String matricule) {
        String m = matricule == null ? "" : matricule.trim().toUpperCase(java.util.Locale.ROOT);
        if (!MATRICULE.matcher(m).matches()) {
            throw new IllegalArgumentException("matricule");
        }
        return m;
    }

    /** Replaces the agent's identity and situation; each value is checked, nothing changes on a bad one. */
    public void update(String lastName, String firstName, LocalDate birthDate, String email, EmployeeStatus status,
                       LocalDate hireDate, OrgUnit orgUnit, WorkPattern pattern) {
        if (lastName == null || lastName.isBlank()) {
            throw new IllegalArgumentException("lastName");
        }
        if (firstName == null || firstName.isBlank()) {
            throw new IllegalArgumentException("firstName");
        }
        if (email != null && !email.isBlank() && !EMAIL.matcher(email.trim()).matches()) {
            throw new IllegalArgumentException("email");
        }
        if (birthDate != null && hireDate != null && !hireDate.isAfter(birthDate.plusYears(14))) {
            throw new IllegalArgumentException("hireDate");
        }
        if (orgUnit != null && !Objects.equals(orgUnit.getEmployer().getId(), employer.getId())) {
            throw new IllegalArgumentException("orgUnit");
        }
        this.lastName = lastName.trim();
        this.firstName = firstName.trim();
        this.birthDate = birthDate;
        this.email = email == null || email.isBlank() ? null : email.trim();
        this.status = Objects.requireNonNull(status);
        this.hireDate = hireDate;
        this.orgUnit = orgUnit;
        this.workPattern = Objects.requireNonNull(pattern);
    }

    /**
     * The agent refuses electronic payslips (effective from the payroll three months later, as the law allows the
     * employer), or comes back to them (at once).
     */
    public void choosePaperPayslips(boolean paper, java.time.YearMonth now) {
        if (paper && !paperPayslip) {
            paperFrom = now.plusMonths(3).toString();
        } else if (!paper) {
            paperFrom = null;
        }
        this.paperPayslip = paper;
    }

    /** True when the payslip of that period goes on paper. */
    public boolean paperFor(String period) {
        return paperPayslip && paperFrom != null && paperFrom.compareTo(period) <= 0;
    }

    public String getPaperFrom() {
        return paperFrom;
    }

    public void deactivate() {
        active = false;
    }

    public void activate() {
        active = true;
    }

    public String fullName() {
        return firstName + " " + lastName;
    }

    public Long getId() {
        return id;
    }

    public Employer getEmployer() {
        return employer;
    }

    public String getMatricule() {
        return matricule;
    }

    public String getLastName() {
        return lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public String getEmail() {
        return email;
    }

    public EmployeeStatus getStatus() {
        return status;
    }

    public LocalDate getHireDate() {
        return hireDate;
    }

    public OrgUnit getOrgUnit() {
        return orgUnit;
    }

    public WorkPattern getWorkPattern() {
        return workPattern;
    }

    public boolean isPaperPayslip() {
        return paperPayslip;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }
}
