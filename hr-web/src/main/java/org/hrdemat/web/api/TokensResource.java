package org.hrdemat.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hrdemat.identity.boundary.ApiTokens;

/** The caller's personal access tokens: made (the secret is in that answer only), listed, revoked. */
@Path("/me/tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "me")
public class TokensResource {

    /** What a new token is to be: a name, a life in days (90 if absent), read-only or not (false if absent). */
    public static class TokenBody {
        public String name;
        public Integer days;
        public Boolean readOnly;
    }

    @EJB
    ApiTokens tokens;

    @GET
    @Operation(summary = "The caller's API tokens, newest first (never their secrets)")
    public List<ApiTokens.TokenView> mine() {
        return tokens.mine();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Creates an API token, to send as 'Authorization: Bearer <secret>'; the secret is given in "
            + "this answer only. Not with a token: log in with the password (HTTP Basic or the session)")
    public Response create(TokenBody body) {
        if (body == null) {
            throw new org.hrdemat.shared.InvalidInputException("error.badRequest");
        }
        ApiTokens.Created created = tokens.create(body.name, body.days, Boolean.TRUE.equals(body.readOnly));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Revokes one of the caller's tokens at once")
    public ApiTokens.TokenView revoke(@PathParam("id") Long id) {
        return tokens.revoke(id);
    }
}
