package org.hrdemat.identity.boundary;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.hrdemat.identity.entity.Employee;
import org.hrdemat.identity.entity.EmployeeStatus;
import org.hrdemat.identity.entity.OrgUnit;

/** A read-only copy of an agent for pages and the API (no lazy entity leaves the boundary). */
public record EmployeeView(Long id, Long employerId, String employerName, String matricule, String lastName,
                           String firstName, LocalDate birthDate, String email, EmployeeStatus status,
                           LocalDate hireDate, Long orgUnitId, String orgUnitPath, Set<DayOfWeek> workDays,
                           int quotite, boolean paperPayslip, boolean active, long version,
                           List<String> managers) implements Serializable {

    static EmployeeView of(Employee e, List<String> managers) {
        OrgUnit unit = e.getOrgUnit();
        return new EmployeeView(e.getId(), e.getEmployer().getId(), e.getEmployer().getName(), e.getMatricule(),
                e.getLastName(), e.getFirstName(), e.getBirthDate(), e.getEmail(), e.getStatus(), e.getHireDate(),
                unit == null ? null : unit.getId(), unit == null ? null : unit.path(), e.getWorkPattern().days(),
                e.getWorkPattern().getQuotite(), e.isPaperPayslip(), e.isActive(), e.getVersion(), managers);
    }

    public String fullName() {
        return firstName + " " + lastName;
    }
}
