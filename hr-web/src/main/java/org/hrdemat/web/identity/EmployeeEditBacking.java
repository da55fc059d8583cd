package org.hrdemat.web.identity;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hrdemat.identity.boundary.EmployeeData;
import org.hrdemat.identity.boundary.EmployeeView;
import org.hrdemat.identity.boundary.Employees;
import org.hrdemat.identity.boundary.OrgUnitView;
import org.hrdemat.identity.boundary.OrgUnits;
import org.hrdemat.identity.entity.EmployeeStatus;
import org.hrdemat.identity.entity.WorkPattern;
import org.hrdemat.shared.BusinessException;
import org.hrdemat.shared.InvalidInputException;
import org.hrdemat.web.shell.Pages;
import org.hrdemat.web.shell.UserSession;

/** Create or edit one agent; every rule is checked by the Employees boundary. */
@Named
@ViewScoped
public class EmployeeEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Employees employees;

    @EJB
    transient OrgUnits orgUnits;

    @Inject
    UserSession session;

    private Long id;
    private long version;
    private boolean active = true;
    private String matricule;
    private String lastName;
    private String firstName;
    private LocalDate birthDate;
    private String email;
    private EmployeeStatus status = EmployeeStatus.TITULAIRE;
    private LocalDate hireDate;
    private Long orgUnitId;
    private String workDays = "1,2,3,4,5";
    private Integer quotite = 100;
    private List<OrgUnitView> units;

    /** Called by f:viewAction once the id parameter is set. */
    public void load() {
        units = orgUnits.list(session.getEmployerId());
        if (id != null) {
            EmployeeView v = employees.find(id);
            version = v.version();
            active = v.active();
            matricule = v.matricule();
            lastName = v.lastName();
            firstName = v.firstName();
            birthDate = v.birthDate();
            email = v.email();
            status = v.status();
            hireDate = v.hireDate();
            orgUnitId = v.orgUnitId();
            workDays = v.workDays().stream().sorted().map(d -> String.valueOf(d.getValue()))
                    .collect(Collectors.joining(","));
            quotite = v.quotite();
        }
    }

    public String save() {
        try {
            Set<DayOfWeek> days;
            try {
                days = WorkPattern.parseDays(workDays);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("invalid.workDays");
            }
            EmployeeData data = new EmployeeData(matricule, lastName, firstName, birthDate, email, status, hireDate,
                    orgUnitId, days, quotite);
            EmployeeView saved = id == null ? employees.create(session.getEmployerId(), data)
                    : employees.update(id, version, data);
            Pages.flash("common.saved");
            return "/hr/employee?faces-redirect=true&id=" + saved.id();
        } catch (BusinessException e) {
            Pages.error(e, "employee");
            return null;
        }
    }

    public String toggleActive() {
        try {
            employees.setActive(id, !active);
            Pages.flash("common.saved");
            return "/hr/employee?faces-redirect=true&id=" + id;
        } catch (BusinessException e) {
            Pages.error(e, null);
            return null;
        }
    }

    public EmployeeStatus[] getStatuses() {
        return EmployeeStatus.values();
    }

    public List<OrgUnitView> getUnits() {
        return units;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isActive() {
        return active;
    }

    public String getMatricule() {
        return matricule;
    }

    public void setMatricule(String matricule) {
        this.matricule = matricule;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public EmployeeStatus getStatus() {
        return status;
    }

    public void setStatus(EmployeeStatus status) {
        this.status = status;
    }

    public LocalDate getHireDate() {
        return hireDate;
    }

    public void setHireDate(LocalDate hireDate) {
        this.hireDate = hireDate;
    }

    public Long getOrgUnitId() {
        return orgUnitId;
    }

    public void setOrgUnitId(Long orgUnitId) {
        this.orgUnitId = orgUnitId;
    }

    public String getWorkDays() {
        return workDays;
    }

    public void setWorkDays(String workDays) {
        this.workDays = workDays;
    }

    public Integer getQuotite() {
        return quotite;
    }

    public void setQuotite(Integer quotite) {
        this.quotite = quotite;
    }
}
