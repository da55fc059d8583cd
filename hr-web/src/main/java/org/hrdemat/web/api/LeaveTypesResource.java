package org.hrdemat.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hrdemat.identity.boundary.Callers;
import org.hrdemat.leave.boundary.LeaveTypes;
import org.hrdemat.shared.InvalidInputException;

/** The leave types (policy) of the current employer; ADMIN changes them (e.g. the RTT days of the work cycle). */
@Path("/leave-types")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "leave")
public class LeaveTypesResource {

    /** New settings of a type; {@code version} is the one read before (optimistic locking). */
    public static class TypeBody {
        @jakarta.validation.constraints.Size(max = 100)
        public String label;
        public boolean needsDocument;
        public boolean halfDaysAllowed;
        public BigDecimal rttDays;
        public boolean active = true;
        public Long version;
    }

    @EJB
    LeaveTypes types;

    @EJB
    Callers callers;

    @GET
    public List<LeaveTypes.LeaveTypeView> list(@QueryParam("employer") Long employerId) {
        return types.list(employerId != null ? employerId : callers.current().defaultEmployerId());
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changes a leave type of the current employer (ADMIN)")
    public LeaveTypes.LeaveTypeView update(@PathParam("code") String code, @QueryParam("employer") Long employerId,
                                           TypeBody body) {
        if (body == null || body.version == null) {
            throw new InvalidInputException("error.badRequest");
        }
        return types.configure(employerId != null ? employerId : callers.current().defaultEmployerId(), code,
                body.version, body.label, body.needsDocument, body.halfDaysAllowed, body.rttDays, body.active);
    }
}
