package org.hrdemat.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hrdemat.audit.boundary.AuditFilter;
import org.hrdemat.audit.boundary.AuditLog;
import org.hrdemat.audit.control.ChainVerification;

/** The audit log (ADMIN): verification of the hash chain, and the latest events. */
@Path("/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit")
public class AuditResource {

    /** One event as the API shows it. */
    public record EventJson(long id, Instant occurredAt, String actor, Long employerId, String action, String target,
                            String outcome, String details) {
    }

    @EJB
    AuditLog audit;

    @GET
    @Path("verify")
    @Operation(summary = "Checks the whole chain; names the first broken event")
    public ChainVerification verify() {
        return audit.verify();
    }

    @GET
    @Path("events")
    @Operation(summary = "Latest events of the caller's employers, newest first")
    public List<EventJson> events(@QueryParam("action") String action, @QueryParam("actor") String actor,
                                  @QueryParam("max") Integer max) {
        return audit.search(new AuditFilter(null, actor, action, null, null, null), 0, max == null ? 100 : max)
                .stream().map(e -> new EventJson(e.getId(), e.getOccurredAt(), e.getActor(), e.getEmployerId(),
                        e.getAction(), e.getTarget(), e.getOutcome().name(), e.getDetails())).toList();
    }
}
