package org.hrdemat.web.api;

/**
 * The JSON body of every API error: a sentence in the caller's language and its stable key; for an input refused
 * field by field, the field (a path such as {@code roles[2]}); for a limit, the environment variable that sets it.
 * Absent members are left out of the JSON.
 */
public record ErrorBody(String message, String key, String field, String limit) {

    public ErrorBody(String message, String key) {
        this(message, key, null, null);
    }
}
