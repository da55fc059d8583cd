package org.hrdemat.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hrdemat.leave.boundary.LeaveBalance;
import org.hrdemat.leave.boundary.LeaveBalances;
import org.hrdemat.shared.InvalidInputException;

/** HR: an agent's balances and manual adjustments of an allocation (reason mandatory, audited). */
@Path("/employees/{id}/leave-balances")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "leave")
public class LeaveAdjustmentsResource {

    /** An adjustment: type code, year, days (may be negative, by half days) and the reason. */
    public static class AdjustmentBody {
        @jakarta.validation.constraints.Size(max = 20)
        public String type;
        public Integer year;
        public BigDecimal days;
        @jakarta.validation.constraints.Size(max = 500)
        public String reason;
    }

    @EJB
    LeaveBalances balances;

    @GET
    @Operation(summary = "The agent's balances of the year (HR and ADMIN of its employer)")
    public List<LeaveBalance> of(@PathParam("id") Long id, @QueryParam("year") Integer year) {
        if (year == null) {
            throw new InvalidInputException("leave.adjustment");
        }
        return balances.ofEmployee(id, year);
    }

    @POST
    @Path("adjustments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Adds (or removes) days to an allocation, with a mandatory reason; HR only")
    public LeaveBalance adjust(@PathParam("id") Long id, AdjustmentBody body) {
        if (body == null || body.year == null || body.days == null
                || body.days.multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale() > 0) {
            throw new InvalidInputException("leave.adjustment");
        }
        return balances.adjust(id, body.type, body.year, body.days.multiply(BigDecimal.valueOf(2)).intValue(),
                body.reason);
    }
}
