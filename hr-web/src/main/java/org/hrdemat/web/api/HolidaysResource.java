package org.hrdemat.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hrdemat.identity.entity.HolidayCalendar;
import org.hrdemat.leave.control.PublicHoliday;
import org.hrdemat.leave.control.PublicHolidays;
import org.hrdemat.shared.InvalidInputException;

/** French public holidays of a year, public (no login): metropole or alsace-moselle. */
@Path("/holidays")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "leave")
public class HolidaysResource {

    @GET
    @Operation(summary = "Public holidays of the year, sorted by date")
    public List<PublicHoliday> holidays(@QueryParam("year") Integer year, @QueryParam("calendar") String calendar) {
        if (year == null || year < 1900 || year > 2200) {
            throw new InvalidInputException("holidays.year");
        }
        HolidayCalendar cal;
        try {
            cal = HolidayCalendar.fromCode(calendar == null ? "metropole" : calendar);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("holidays.calendar");
        }
        return PublicHolidays.of(year, cal);
    }
}
