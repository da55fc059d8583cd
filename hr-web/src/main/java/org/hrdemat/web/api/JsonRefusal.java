package org.hrdemat.web.api;

import org.hrdemat.shared.Limits;

/**
 * Why a request body was refused before any rule ran: the HTTP status, the message key and its arguments, and the
 * field (a path such as {@code roles[2]}) or the limit concerned. {@link ApiRefusal} says it in the caller's words.
 */
final class JsonRefusal extends RuntimeException {

    final int status;
    final String key;
    final String field;
    final Limits limit;
    final transient Object[] args;

    private JsonRefusal(int status, String key, String field, Limits limit, Object[] args) {
        super(key + (field == null ? "" : " " + field), null, false, false);
        this.status = status;
        this.key = key;
        this.field = field;
        this.limit = limit;
        this.args = args;
    }

    /** 400 for one field; the message's first argument is the field, then the given ones. */
    static JsonRefusal field(String field, String key, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = field;
        System.arraycopy(args, 0, all, 1, args.length);
        return new JsonRefusal(400, key, field, null, all);
    }

    /** The whole body refused. */
    static JsonRefusal body(int status, String key, Object... args) {
        return new JsonRefusal(status, key, null, null, args);
    }

    /** Beyond a limit. */
    static JsonRefusal limit(int status, Limits limit, String key, Object... args) {
        return new JsonRefusal(status, key, null, limit, args);
    }
}
