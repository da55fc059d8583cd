package org.hrdemat.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hrdemat.leave.boundary.LeaveRequestView;
import org.hrdemat.leave.boundary.LeaveRequests;

/** One leave request: read, approve, refuse, cancel. */
@Path("/leave-requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "leave")
public class LeaveRequestsResource {

    @EJB
    LeaveRequests requests;

    @GET
    @Path("{id}")
    public LeaveRequestView find(@PathParam("id") Long id) {
        return requests.find(id);
    }

    @POST
    @Path("{id}/approve")
    public LeaveRequestView approve(@PathParam("id") Long id) {
        return requests.approve(id);
    }

    @POST
    @Path("{id}/refuse")
    @Consumes(MediaType.APPLICATION_JSON)
    public LeaveRequestView refuse(@PathParam("id") Long id, LeaveApi.ReasonBody body) {
        return requests.refuse(id, body == null ? null : body.reason);
    }

    @POST
    @Path("{id}/cancel")
    public LeaveRequestView cancel(@PathParam("id") Long id) {
        return requests.cancel(id);
    }

    @POST
    @Path("{id}/file")
    @org.eclipse.microprofile.openapi.annotations.Operation(summary = "HR files the decision in the agent's personnel file (section 6)")
    public LeaveRequestView fileDecision(@PathParam("id") Long id) {
        return requests.fileDecision(id);
    }
}
