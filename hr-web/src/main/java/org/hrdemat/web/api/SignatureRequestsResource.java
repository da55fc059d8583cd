package org.hrdemat.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hrdemat.contract.boundary.ContractViews;
import org.hrdemat.contract.boundary.Signatures;
import org.hrdemat.identity.boundary.Callers;

/** Signature requests: the signer asks for a code, signs or refuses; HR follows and cancels. */
@Path("/signature-requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "contracts")
public class SignatureRequestsResource {

    @EJB
    Signatures signatures;

    @EJB
    Callers callers;

    @Context
    HttpServletRequest http;

    /** How many requests the deadline check changed. */
    public record Checked(int changed) {
    }

    @GET
    @Operation(summary = "The employer's signature requests (HR follows them, bulk sends included)")
    public List<ContractViews.RequestView> list(@QueryParam("employer") Long employer) {
        return signatures.ofEmployer(employer != null ? employer : callers.current().defaultEmployerId());
    }

    @GET
    @Path("{id}")
    public ContractViews.RequestView find(@PathParam("id") Long id) {
        return signatures.find(id);
    }

    @POST
    @Path("{id}/code")
    @Operation(summary = "Sends a six-digit code to the signer whose turn it is (10 minutes, 5 tries)")
    public ContractViews.CodeSent code(@PathParam("id") Long id) {
        return signatures.sendCode(id, http.getRemoteAddr());
    }

    @POST
    @Path("{id}/sign")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Signs with the code ({\"code\"}); wrong code 400 with tries left; not your turn 409")
    public ContractViews.RequestView sign(@PathParam("id") Long id, JsonObject body) {
        String code = StrictJson.member(body, "code", String.class);
        return signatures.sign(id, code, http.getRemoteAddr());
    }

    @POST
    @Path("{id}/refuse")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Refuses to sign, with a reason ({\"reason\"}): the request stops and HR is told")
    public ContractViews.RequestView refuse(@PathParam("id") Long id, JsonObject body) {
        String reason = StrictJson.member(body, "reason", String.class);
        return signatures.refuse(id, reason, http.getRemoteAddr());
    }

    @POST
    @Path("{id}/cancel")
    @Operation(summary = "HR cancels a request that is not complete")
    public ContractViews.RequestView cancel(@PathParam("id") Long id) {
        return signatures.cancel(id, http.getRemoteAddr());
    }

    @POST
    @Path("deadlines")
    @Operation(summary = "HR runs the daily reminder and expiry check now")
    public Checked deadlines(@QueryParam("employer") Long employer) {
        return new Checked(signatures.checkDeadlines(employer != null ? employer : callers.current().defaultEmployerId()));
    }
}
