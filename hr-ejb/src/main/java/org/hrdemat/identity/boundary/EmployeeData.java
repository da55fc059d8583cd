package org.hrdemat.identity.boundary;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import org.hrdemat.identity.entity.EmployeeStatus;

/** The editable fields of an agent, as a form or an import row gives them. */
public record EmployeeData(String matricule, String lastName, String firstName, LocalDate birthDate, String email,
                           EmployeeStatus status, LocalDate hireDate, Long orgUnitId, Set<DayOfWeek> workDays,
                           Integer quotite) implements Serializable {
}
