package org.hrdemat.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hrdemat.payslip.boundary.Payslips;

/** The caller's published payslips, newest first. */
@Path("/me/payslips")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "payslips")
public class MyPayslipsResource {

    @EJB
    Payslips payslips;

    @GET
    @Operation(summary = "[{id, period, version, publishedAt, availableUntil}]")
    public List<Payslips.PayslipView> mine() {
        return payslips.mine();
    }

    @GET
    @jakarta.ws.rs.Path("zip")
    @Produces("application/zip")
    @Operation(summary = "All of the caller's payslips in one ZIP (portability)")
    public jakarta.ws.rs.core.Response zip() {
        return Downloads.of("mes-bulletins.zip", "application/zip", payslips.zipOfMine(), false);
    }
}
