package org.hrdemat.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hrdemat.leave.boundary.LeaveRequestView;
import org.hrdemat.leave.boundary.LeaveRequests;
import org.hrdemat.shared.InvalidInputException;

/** The caller's own leave requests: submit, count, list. */
@Path("/me/leave-requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "leave")
public class MyLeaveRequestsResource {

    @EJB
    LeaveRequests requests;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submits a leave request; 400 invalid input, 409 overlap, balance or rule")
    public Response submit(LeaveApi.RequestBody body) {
        if (body == null) {
            throw new InvalidInputException("error.badRequest");
        }
        LeaveRequestView v = requests.submit(LeaveApi.parse(body));
        return Response.created(uri.getBaseUriBuilder().path("leave-requests/{id}").build(v.id())).entity(v).build();
    }

    @POST
    @Path("count")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Working days the request would count, without submitting it")
    public java.util.Map<String, Object> count(LeaveApi.RequestBody body) {
        if (body == null) {
            throw new InvalidInputException("error.badRequest");
        }
        return java.util.Map.of("workingDays", requests.count(LeaveApi.parse(body)));
    }

    @GET
    public List<LeaveRequestView> mine() {
        return requests.mine();
    }
}
