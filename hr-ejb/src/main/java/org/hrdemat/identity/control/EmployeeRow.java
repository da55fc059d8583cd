package org.hrdemat.identity.control;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import org.hrdemat.identity.entity.EmployeeStatus;

/** One agent read from an import file; {@code row} is the sheet's 1-based row number. */
public record EmployeeRow(int row, String matricule, String lastName, String firstName, LocalDate birthDate,
                          String email, EmployeeStatus status, LocalDate hireDate, String orgUnit,
                          Set<DayOfWeek> workDays, int quotite) implements Serializable {
}
