package org.hrdemat.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hrdemat.identity.boundary.AccountData;
import org.hrdemat.identity.boundary.AccountView;
import org.hrdemat.identity.boundary.Accounts;
import org.hrdemat.identity.boundary.Callers;
import org.hrdemat.identity.entity.Role;
import org.hrdemat.shared.InvalidInputException;

/** Accounts of the caller's employers (ADMIN): list and create. */
@Path("/accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "accounts")
public class AccountsResource {

    /** A new account. */
    public static class AccountBody {
        @jakarta.validation.constraints.Size(max = 100)
        public String login;
        @jakarta.validation.constraints.Size(max = 200)
        public String displayName;
        public List<String> roles;
        public Long employeeId;
        public List<Long> employerIds;
        public boolean signatory;
        @jakarta.validation.constraints.Size(max = 200)
        public String password;
    }

    @EJB
    Accounts accounts;

    @EJB
    Callers callers;

    @GET
    @Operation(summary = "Accounts of the current employer (or ?employer=)")
    public List<AccountView> list(@QueryParam("employer") Long employerId) {
        return accounts.list(employerId != null ? employerId : callers.current().defaultEmployerId());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Creates an account; 400 with the invalid field, 409 when the login is taken")
    public Response create(AccountBody body) {
        if (body == null) {
            throw new InvalidInputException("error.badRequest");
        }
        Set<Role> roles = roles(body);
        Set<Long> employers = body.employerIds == null || body.employerIds.isEmpty()
                ? Set.of(callers.current().defaultEmployerId()) : new LinkedHashSet<>(body.employerIds);
        AccountView v = accounts.create(new AccountData(body.login, body.displayName, roles, body.employeeId,
                employers, body.signatory, body.password));
        return Response.status(Response.Status.CREATED).entity(v).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One account of the caller's employers; slowedDown: failed logins slow down attempts at it")
    public AccountView find(@jakarta.ws.rs.PathParam("id") Long id) {
        return accounts.find(id);
    }

    @POST
    @Path("/{id}/unlock")
    @Operation(summary = "Lifts the slow-down of failed logins at this account, from every address")
    public Response unlock(@jakarta.ws.rs.PathParam("id") Long id) {
        accounts.unlock(id);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/tokens")
    @Operation(summary = "The account's API tokens (names, dates, last use; never their secrets)")
    public java.util.List<org.hrdemat.identity.boundary.ApiTokens.TokenView> tokens(
            @jakarta.ws.rs.PathParam("id") Long id) {
        return accounts.tokens(id);
    }

    @POST
    @Path("/{id}/revoke-tokens")
    @Operation(summary = "Revokes every API token of the account that could still be used (a token leaked)")
    public java.util.Map<String, Integer> revokeTokens(@jakarta.ws.rs.PathParam("id") Long id) {
        return java.util.Map.of("revoked", accounts.revokeTokens(id));
    }

    /** An account's new state: the same members as a new one, with the version read (optimistic locking). */
    public static class AccountUpdateBody extends AccountBody {
        public Long version;
    }

    @jakarta.ws.rs.PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changes an account (password: reset it; empty or absent: unchanged). An account that also "
            + "acts for an employer the caller does not administer can only be attached to or detached from the "
            + "caller's employers (403 account.sharedElsewhere otherwise); 409 when the version is stale")
    public AccountView update(@jakarta.ws.rs.PathParam("id") Long id, AccountUpdateBody body) {
        if (body == null || body.version == null) {
            throw new InvalidInputException("error.badRequest");
        }
        return accounts.update(id, body.version, new AccountData(body.login, body.displayName, roles(body),
                body.employeeId, body.employerIds == null ? Set.of() : new LinkedHashSet<>(body.employerIds),
                body.signatory, body.password));
    }

    @POST
    @Path("/{id}/deactivate")
    @Operation(summary = "Deactivates an account (its API tokens are revoked); not one shared with another employer")
    public Response deactivate(@jakarta.ws.rs.PathParam("id") Long id) {
        accounts.setActive(id, false);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/activate")
    @Operation(summary = "Reactivates an account; not one shared with another employer")
    public Response activate(@jakarta.ws.rs.PathParam("id") Long id) {
        accounts.setActive(id, true);
        return Response.noContent().build();
    }

    private static Set<Role> roles(AccountBody body) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        try {
            for (String r : body.roles == null ? List.<String>of() : body.roles) {
                roles.add(Role.valueOf(r.trim().toUpperCase(java.util.Locale.ROOT)));
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException("invalid.roles");
        }
        return roles;
    }
}
