package org.hrdemat.web.api;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hrdemat.shared.BusinessException;
import org.hrdemat.web.i18n.Texts;

/**
 * Everything else as JSON: HTTP errors keep their status (bad JSON → 400, unknown path → 404); an unexpected
 * failure is logged with a reference and answered 500 with that reference only, never a stack trace.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable t) {
        if (t instanceof EJBException ejb && ejb.getCause() instanceof BusinessException be) {
            return new BusinessExceptionMapper().withHeaders(headers).toResponse(be);
        }
        if (t instanceof JsonRefusal refused) {
            return ApiRefusal.of(headers, refused).getResponse(); // a member read by an endpoint itself
        }
        if (t instanceof WebApplicationException wae && wae.getResponse().hasEntity()
                && wae.getResponse().getEntity() instanceof ErrorBody) {
            return wae.getResponse(); // already said in the caller's words (ApiRefusal)
        }
        if (t instanceof WebApplicationException wae) {
            int status = wae.getResponse().getStatus();
            String key = switch (status) {
                case 400 -> "error.badRequest";
                case 401 -> "error.unauthenticated";
                case 403 -> "error.forbidden";
                case 404 -> "error.notFound";
                case 405 -> "error.methodNotAllowed";
                case 415 -> "error.unsupportedMediaType";
                default -> "error.request";
            };
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ErrorBody(Texts.get(ApiLocale.of(headers), key), key)).build();
        }
        if (violation(t) instanceof jakarta.validation.ConstraintViolationException cve) {
            // a value beyond what its column holds, refused by the entity's bounds before anything was written
            var violation = cve.getConstraintViolations().iterator().next();
            String field = "";
            for (jakarta.validation.Path.Node node : violation.getPropertyPath()) {
                field = node.getName() == null ? field : node.getName();
            }
            Object max = violation.getConstraintDescriptor().getAttributes().get("max");
            String key = violation.getConstraintDescriptor().getAnnotation()
                    instanceof jakarta.validation.constraints.Size ? "error.json.tooLong" : "error.field.invalid";
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ErrorBody(Texts.get(ApiLocale.of(headers), key, field, max), key, field, null))
                    .build();
        }
        if (unreadableBody(t)) {
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ErrorBody(Texts.get(ApiLocale.of(headers), "error.multipart"), "error.multipart"))
                    .build();
        }
        if (cause(t, ApiRequestFilter.BodyBeyondLimit.class) != null) {
            long mib = org.hrdemat.shared.Limits.REQUEST_BYTES.value() / (1024 * 1024);
            return Response.status(413).type(MediaType.APPLICATION_JSON_TYPE).header("Connection", "close")
                    .entity(new ErrorBody(Texts.get(ApiLocale.of(headers), "error.requestTooLarge", mib),
                            "error.requestTooLarge", null, org.hrdemat.shared.Limits.REQUEST_BYTES.variable()))
                    .build();
        }
        if (bodyCutShort(t)) {
            // the client stopped sending before the length it announced, or sent chunks that do not parse: nothing
            // was done with what came; said to the client (if it still listens), not logged as a failure of ours
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                    .header("Connection", "close")
                    .entity(new ErrorBody(Texts.get(ApiLocale.of(headers), "error.body.incomplete"),
                            "error.body.incomplete")).build();
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "API failure, reference " + reference, t);
        return Response.serverError().type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorBody(Texts.get(ApiLocale.of(headers), "error.unexpected", reference),
                        "error.unexpected")).build();
    }

    /**
     * Whether the request's body could not be read as what it said it was: a multipart body without its boundary,
     * with a header line beyond the parser's bound, cut short (the runtime's reader fails before the endpoint runs).
     */
    static boolean unreadableBody(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c.getClass().getName().startsWith("org.apache.james.mime4j.")
                    || c instanceof java.io.IOException && String.valueOf(c.getMessage()).startsWith("RESTEASY")) {
                return true;
            }
        }
        return false;
    }

    /** The first exception of the given class in the cause chain, or null. */
    static <T extends Throwable> T cause(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }

    /**
     * Whether the request's body broke off while it was read: the web server's request conduits (a length
     * announced and not sent, a chunk that does not parse) failed the read.
     */
    static boolean bodyCutShort(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof java.io.IOException && c.getStackTrace().length > 0
                    && c.getStackTrace()[0].getClassName().startsWith("io.undertow.")
                    && c.getStackTrace()[0].getClassName().contains("SourceConduit")) {
                return true;
            }
        }
        return false;
    }

    /** The Bean Validation refusal behind an exception (through EJB and persistence wrappers), or null. */
    static Throwable violation(Throwable t) {
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.ArrayDeque<Throwable> next = new java.util.ArrayDeque<>();
        next.add(t);
        while (!next.isEmpty()) {
            Throwable c = next.poll();
            if (!seen.add(c)) {
                continue;
            }
            if (c instanceof jakarta.validation.ConstraintViolationException cve && !cve.getConstraintViolations().isEmpty()) {
                return c;
            }
            if (c.getCause() != null) {
                next.add(c.getCause());
            }
            if (c instanceof EJBException ejb && ejb.getCausedByException() != null) {
                next.add(ejb.getCausedByException());
            }
        }
        return null;
    }
}
