package org.hrdemat.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hrdemat.leave.boundary.CalendarFeeds;
import org.hrdemat.leave.entity.CalendarFeed;
import org.hrdemat.shared.InvalidInputException;

/** The caller's private calendar URLs, and their renewal (the old URL then answers 404). */
@Path("/me/calendar-feeds")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "leave")
public class CalendarFeedsMeResource {

    @EJB
    CalendarFeeds feeds;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "ICS URLs of the caller's leave (agent) and, for a manager, of the team")
    public Map<String, String> mine() {
        return urls(feeds.mine());
    }

    @POST
    @Path("{kind}/renew")
    @Operation(summary = "Revokes the feed (agent or team) and issues a new URL")
    public Map<String, String> renew(@PathParam("kind") String kind) {
        CalendarFeed.Kind k;
        try {
            k = CalendarFeed.Kind.valueOf(kind.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("error.badRequest");
        }
        return urls(feeds.regenerate(k));
    }

    private Map<String, String> urls(CalendarFeeds.Tokens t) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("agent", url(t.agent()));
        if (t.team() != null) {
            m.put("team", url(t.team()));
        }
        return m;
    }

    private String url(String token) {
        return uri.getBaseUriBuilder().path("calendar").path(token + ".ics").build().toString();
    }
}
