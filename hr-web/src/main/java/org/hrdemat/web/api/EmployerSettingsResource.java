package org.hrdemat.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hrdemat.identity.boundary.EmployerView;
import org.hrdemat.identity.boundary.Employers;
import org.hrdemat.identity.entity.PayslipRetention;
import org.hrdemat.shared.InvalidInputException;

/** Employer settings (ADMIN): how long payslips stay available. */
@Path("/employers/{id}/payslip-retention")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "employers")
public class EmployerSettingsResource {

    /** FIFTY_YEARS or UNTIL_AGE_75. */
    public static class RetentionBody {
        @jakarta.validation.constraints.Size(max = 20)
        public String retention;
    }

    @EJB
    Employers employers;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "FIFTY_YEARS (from issue) or UNTIL_AGE_75 (the agent's 75th birthday)")
    public EmployerView set(@PathParam("id") Long id, RetentionBody body) {
        try {
            return employers.choosePayslipRetention(id, PayslipRetention.valueOf(body.retention));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException("invalid.retention");
        }
    }
}
