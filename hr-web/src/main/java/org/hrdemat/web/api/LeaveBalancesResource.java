package org.hrdemat.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hrdemat.leave.boundary.LeaveBalance;
import org.hrdemat.leave.boundary.LeaveBalances;

/** The caller's leave balances. */
@Path("/me/leave-balances")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "leave")
public class LeaveBalancesResource {

    @EJB
    LeaveBalances balances;

    @GET
    @Operation(summary = "The caller's balances per leave type for a year (default: this year)")
    public List<LeaveBalance> myBalances(@QueryParam("year") Integer year) {
        return balances.mine(year != null ? year : LocalDate.now(Clock.system(ZoneId.of("Europe/Paris"))).getYear());
    }
}
