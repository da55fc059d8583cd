package org.hrdemat.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hrdemat.leave.boundary.Delegations;
import org.hrdemat.shared.InvalidInputException;

/** The caller's delegations (managers). */
@Path("/me/delegations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "leave")
public class DelegationsResource {

    @EJB
    Delegations delegations;

    @GET
    public List<Delegations.DelegationView> myDelegations() {
        return delegations.mine();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response delegate(LeaveApi.DelegationBody body) {
        if (body == null) {
            throw new InvalidInputException("error.badRequest");
        }
        Delegations.DelegationView v = delegations.create(body.delegateEmployeeId, LeaveApi.date(body.startDate),
                LeaveApi.date(body.endDate));
        return Response.status(Response.Status.CREATED).entity(v).build();
    }
}
