package org.hrdemat.web.api;

/** The JSON body of every API error: a sentence in the caller's language and its stable key. */
public record ErrorBody(String message, String key) {
}
