package org.hrdemat.web.api;

import static org.hrdemat.web.api.StrictJson.member;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hrdemat.contract.boundary.ContractViews;
import org.hrdemat.contract.boundary.Contracts;
import org.hrdemat.identity.boundary.Callers;
import org.hrdemat.shared.InvalidInputException;

/** Contracts generated from templates (HR), their PDF (HR, the agent once sent). */
@Path("/contracts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "contracts")
public class ContractsResource {

    @EJB
    Contracts contracts;

    @EJB
    Callers callers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Generates a document: {\"employeeId\", \"template\", \"fields\": {…}} → 201; a missing or "
            + "invalid field → 400 naming it")
    public Response create(JsonObject body) {
        if (body == null) {
            throw new InvalidInputException("invalid.employee");
        }
        Long employee = member(body, "employeeId", Long.class);
        String template = member(body, "template", String.class);
        return Response.status(Response.Status.CREATED).entity(contracts.create(employee, template, fields(body)))
                .build();
    }

    @GET
    @Operation(summary = "The employer's contracts, newest first (HR)")
    public List<ContractViews.ContractView> list(@QueryParam("employer") Long employer) {
        return contracts.ofEmployer(employer != null ? employer : callers.current().defaultEmployerId());
    }

    @GET
    @Path("{id}")
    public ContractViews.ContractView find(@PathParam("id") Long id) {
        return contracts.find(id);
    }

    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    @Operation(summary = "The document's current PDF; never cached")
    public Response pdf(@PathParam("id") Long id, @QueryParam("inline") boolean inline) {
        ContractViews.Download d = contracts.pdf(id);
        return Downloads.of(d.fileName(), "application/pdf", d.pdf(), inline);
    }

    @EJB
    org.hrdemat.contract.boundary.Signatures signatures;

    @jakarta.ws.rs.core.Context
    jakarta.servlet.http.HttpServletRequest http;

    @POST
    @Path("{id}/send")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sends a draft for signature ({\"deadline\":\"yyyy-mm-dd\", \"signatory\":\"login\"}, both "
            + "optional): the employer's signatory, then the agent")
    public ContractViews.RequestView send(@PathParam("id") Long id, JsonObject body) {
        String deadline = member(body, "deadline", String.class);
        String signatory = member(body, "signatory", String.class);
        return signatures.send(id, Params.date(deadline, "invalid.deadline"), signatory, http.getRemoteAddr());
    }

    @POST
    @Path("bulk")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The same document for many agents, each sent for signature: {\"template\", \"fields\", "
            + "\"employeeIds\": [...], \"deadline\"} → the requests")
    public Response bulk(JsonObject body) {
        if (body == null) {
            throw new InvalidInputException("invalid.employee");
        }
        String template = member(body, "template", String.class);
        Map<String, String> fields = fields(body);
        List<Long> ids = StrictJson.list(body, "employeeIds", Long.class);
        if (ids == null) {
            ids = List.of();
        }
        String deadline = member(body, "deadline", String.class);
        return Response.status(Response.Status.CREATED).entity(signatures.bulk(template, fields, ids,
                Params.date(deadline, "invalid.deadline"), http.getRemoteAddr())).build();
    }

    @GET
    @Path("{id}/evidence")
    @Produces("application/pdf")
    @Operation(summary = "The evidence trail of the contract's signature request, as a sealed PDF")
    public Response evidence(@PathParam("id") Long id) {
        ContractViews.Download d = signatures.evidence(id);
        return Downloads.of(d.fileName(), "application/pdf", d.pdf(), false);
    }

    /** The template's fields: an object whose members are texts (numbers and booleans are written as they read). */
    private static Map<String, String> fields(JsonObject body) {
        Map<String, String> fields = new LinkedHashMap<>();
        JsonValue given = body.get("fields");
        if (given == null || given.getValueType() == JsonValue.ValueType.NULL) {
            return fields;
        }
        if (!(given instanceof JsonObject o)) {
            throw new InvalidInputException("error.json.object", "fields");
        }
        for (Map.Entry<String, JsonValue> e : o.entrySet()) {
            if (e.getValue() instanceof JsonObject || e.getValue() instanceof jakarta.json.JsonArray) {
                throw new InvalidInputException("error.json.string", "fields." + e.getKey());
            }
            String value = text(e.getValue());
            if (value != null && (value.length() > 2000 || !StrictJson.clean(value))) {
                throw new InvalidInputException("error.json.control", "fields." + e.getKey());
            }
            fields.put(e.getKey(), value);
        }
        return fields;
    }

    private static String text(JsonValue v) {
        return switch (v.getValueType()) {
            case STRING -> ((JsonString) v).getString();
            case NULL -> null;
            default -> v.toString();
        };
    }
}
