package org.hrdemat.web.api;

import jakarta.json.JsonObject;
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

/**
 * The same strict reading as {@link StrictJsonReader} for the endpoints that take a {@link JsonObject}: declared for
 * that type, so that it is chosen over the JSON-P provider of the runtime (which answers 500 to an empty body).
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class StrictJsonObjectReader implements MessageBodyReader<JsonObject> {

    @Context
    HttpHeaders headers;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return JsonObject.class.isAssignableFrom(type);
    }

    @Override
    public JsonObject readFrom(Class<JsonObject> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                               MultivaluedMap<String, String> httpHeaders, InputStream entityStream)
            throws IOException {
        StrictJsonReader reader = new StrictJsonReader();
        reader.headers = headers;
        @SuppressWarnings({"unchecked", "rawtypes"})
        Object read = reader.readFrom((Class) JsonObject.class, JsonObject.class, annotations, mediaType, httpHeaders,
                entityStream);
        return (JsonObject) read;
    }
}
