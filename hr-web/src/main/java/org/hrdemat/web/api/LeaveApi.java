package org.hrdemat.web.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.hrdemat.leave.boundary.NewLeaveRequest;
import org.hrdemat.leave.entity.HalfDay;
import org.hrdemat.shared.InvalidInputException;

/** What the leave resources share: request bodies and their parsing into boundary values. */
final class LeaveApi {

    private LeaveApi() {
    }

    /** The body of a new request; dates as ISO strings, halves AM or PM. */
    public static class RequestBody {
        @jakarta.validation.constraints.Size(max = 20)
        public String type;
        @jakarta.validation.constraints.Size(max = 10)
        public String startDate;
        @jakarta.validation.constraints.Size(max = 20)
        public String startHalf;
        @jakarta.validation.constraints.Size(max = 10)
        public String endDate;
        @jakarta.validation.constraints.Size(max = 20)
        public String endHalf;
        @jakarta.validation.constraints.Size(max = 500)
        public String comment;
    }

    /** A reason for a refusal. */
    public static class ReasonBody {
        @jakarta.validation.constraints.Size(max = 500)
        public String reason;
    }

    /** A delegation to create. */
    public static class DelegationBody {
        public Long delegateEmployeeId;
        @jakarta.validation.constraints.Size(max = 10)
        public String startDate;
        @jakarta.validation.constraints.Size(max = 10)
        public String endDate;
    }

    static NewLeaveRequest parse(RequestBody b) {
        return new NewLeaveRequest(b.type, date(b.startDate), half(b.startHalf, HalfDay.AM), date(b.endDate),
                half(b.endHalf, HalfDay.PM), b.comment);
    }

    static LocalDate date(String s) {
        try {
            if (s == null) {
                throw new InvalidInputException("leave.period");
            }
            return LocalDate.parse(s.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("leave.badDate", s);
        }
    }

    static HalfDay half(String s, HalfDay byDefault) {
        if (s == null || s.isBlank()) {
            return byDefault;
        }
        try {
            return HalfDay.valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("leave.badHalf", s);
        }
    }
}
