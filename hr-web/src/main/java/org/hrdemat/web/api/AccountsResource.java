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
        Set<Role> roles = EnumSet.noneOf(Role.class);
        try {
            for (String r : body.roles == null ? List.<String>of() : body.roles) {
                roles.add(Role.valueOf(r.trim().toUpperCase(java.util.Locale.ROOT)));
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("invalid.roles");
        }
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
}
