package org.hrdemat.web.api;

import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import org.hrdemat.shared.Limits;

/**
 * Every JSON request body of the API, read before any rule runs: at most {@link Limits#JSON_BYTES} bytes (413
 * beyond, naming the limit), in UTF-8 (415 for another charset), then bound strictly by {@link StrictJson}; a
 * refusal is a JSON error in the caller's language that names the field.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class StrictJsonReader implements MessageBodyReader<Object> {

    @Context
    HttpHeaders headers;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return JsonValue.class.isAssignableFrom(type) || type.getName().startsWith("org.hrdemat.");
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        try {
            String charset = mediaType == null ? null : mediaType.getParameters().get(MediaType.CHARSET_PARAMETER);
            if (charset != null && !charset.replace("\"", "").trim().toLowerCase(java.util.Locale.ROOT)
                    .matches("utf-?8")) {
                throw JsonRefusal.body(415, "error.json.charset", charset);
            }
            long limit = Limits.JSON_BYTES.value();
            byte[] bytes = entityStream.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw JsonRefusal.limit(413, Limits.JSON_BYTES, "error.json.tooLarge", limit / 1024);
            }
            return StrictJson.read(type, genericType, bytes);
        } catch (JsonRefusal r) {
            throw ApiRefusal.of(headers, r);
        }
    }
}
