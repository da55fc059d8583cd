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
import org.hrdemat.leave.boundary.ApprovalView;
import org.hrdemat.leave.boundary.LeaveRequests;

/** Requests the caller may decide now. */
@Path("/approvals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "leave")
public class ApprovalsResource {

    @EJB
    LeaveRequests requests;

    @GET
    @Operation(summary = "Requests the caller may decide now, with the agent's balance and who else is away")
    public List<ApprovalView> approvals() {
        return requests.approvals();
    }
}
