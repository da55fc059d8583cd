package org.hrdemat.leave.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import org.hrdemat.leave.entity.HalfDay;

/** What an agent asks for: a type code, a start and an end, each with its half, and a comment. */
public record NewLeaveRequest(String type, LocalDate startDate, HalfDay startHalf, LocalDate endDate, HalfDay endHalf,
                              String comment) implements Serializable {
}
