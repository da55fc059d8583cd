package org.hrdemat.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hrdemat.shared.Limits;
import org.hrdemat.web.i18n.Texts;

/**
 * A request refused before it reaches a rule (its body cannot be read as what the endpoint takes, or is beyond a
 * limit): the status and the JSON error body, in the caller's language, naming the field or the limit.
 */
public final class ApiRefusal extends WebApplicationException {

    private ApiRefusal(Response response) {
        super(response);
    }

    /** 400 for a field: its path, the message key and the message's arguments after the field. */
    public static ApiRefusal field(HttpHeaders headers, String field, String key, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = field;
        System.arraycopy(args, 0, all, 1, args.length);
        return of(headers, Response.Status.BAD_REQUEST.getStatusCode(), key, field, null, all);
    }

    /** A refusal of the whole body (400, 413, 415...). */
    public static ApiRefusal body(HttpHeaders headers, int status, String key, Object... args) {
        return of(headers, status, key, null, null, args);
    }

    /** 413 (or another status) for a limit, named by its variable. */
    public static ApiRefusal limit(HttpHeaders headers, int status, Limits limit, String key, Object... args) {
        return of(headers, status, key, null, limit.variable(), args);
    }

    /** A refused body, in the caller's words. */
    static ApiRefusal of(HttpHeaders headers, JsonRefusal r) {
        return of(headers, r.status, r.key, r.field, r.limit == null ? null : r.limit.variable(), r.args);
    }

    private static ApiRefusal of(HttpHeaders headers, int status, String key, String field, String limit,
                                 Object... args) {
        String message = Texts.get(ApiLocale.of(headers), key, args);
        return new ApiRefusal(Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorBody(message, key, field, limit)).build());
    }
}
