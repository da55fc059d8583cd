package org.hrdemat.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hrdemat.leave.boundary.CalendarFeeds;

/** Calendar subscriptions (ICS) by secret token, for Outlook or Thunderbird: no login, unknown token 404. */
@Path("/calendar")
@RequestScoped
@Tag(name = "leave")
public class CalendarFeedResource {

    @EJB
    CalendarFeeds feeds;

    @GET
    @Path("{token}.ics")
    @Produces("text/calendar")
    @Operation(summary = "Approved leave as all-day events (RFC 5545)")
    public Response ics(@PathParam("token") String token) {
        return Response.ok(feeds.ics(token), "text/calendar; charset=UTF-8")
                .header("Cache-Control", "private, max-age=300").build();
    }
}
