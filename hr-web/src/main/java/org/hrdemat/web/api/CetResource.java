package org.hrdemat.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hrdemat.leave.boundary.TimeSavingsAccounts;
import org.hrdemat.shared.InvalidInputException;

/** The caller's compte épargne-temps: open, feed from CA or RTT, yearly statement. */
@Path("/me/cet")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "leave")
public class CetResource {

    /** Days of a source type (CA or RTT) of a year to save. */
    public static class TransferBody {
        @jakarta.validation.constraints.Size(max = 20)
        public String from;
        public Integer year;
        public BigDecimal days;
    }

    @EJB
    TimeSavingsAccounts accounts;

    @POST
    @Operation(summary = "Opens the account (after one year of service, not for a stagiaire); 409 otherwise")
    public Response open() {
        return Response.status(Response.Status.CREATED).entity(accounts.open()).build();
    }

    @POST
    @Path("transfers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Saves unused CA (once 20 days were taken) or RTT days; ceiling 60 days")
    public TimeSavingsAccounts.Statement feed(TransferBody body) {
        if (body == null || body.year == null || body.days == null
                || body.days.multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale() > 0) {
            throw new InvalidInputException("cet.amount");
        }
        return accounts.feed(body.from, body.year, body.days.multiply(BigDecimal.valueOf(2)).intValue());
    }

    @GET
    @Path("statement")
    @Operation(summary = "The yearly statement: opening balance, days saved, days used, closing balance")
    public TimeSavingsAccounts.Statement statement(@QueryParam("year") Integer year) {
        return accounts.statement(year != null ? year : LocalDate.now(ZoneId.of("Europe/Paris")).getYear());
    }
}
