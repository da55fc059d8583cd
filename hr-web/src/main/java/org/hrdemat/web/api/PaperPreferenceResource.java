package org.hrdemat.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hrdemat.payslip.boundary.Payslips;

/** The caller's choice of paper payslips. */
@Path("/me/payslip-preference")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "payslips")
public class PaperPreferenceResource {

    /** The paper choice. */
    public static class PaperBody {
        public Boolean paper;
    }

    @EJB
    Payslips payslips;

    @GET
    public Payslips.PaperPreference preference() {
        return payslips.paperPreference();
    }

    @jakarta.ws.rs.PUT
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "{\"paper\":true} refuses electronic payslips (effective three months later); false accepts them again")
    public Payslips.PaperPreference choose(PaperBody body) {
        if (body == null || body.paper == null) {
            throw new org.hrdemat.shared.InvalidInputException("error.badRequest");
        }
        return payslips.choosePaper(body.paper);
    }

}
