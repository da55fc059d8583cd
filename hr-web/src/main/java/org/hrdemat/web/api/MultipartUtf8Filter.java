package org.hrdemat.web.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/**
 * The text parts of a multipart upload are UTF-8 when they do not say otherwise (RFC 7578, and what browsers and
 * HTTP clients send). RESTEasy's default is US-ASCII: "Arrêté" would be stored as "Arr\ufffd\ufffdt\ufffd\ufffd".
 */
@Provider
@PreMatching
public class MultipartUtf8Filter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        // RESTEasy's InputPart.DEFAULT_CHARSET_PROPERTY and DEFAULT_CONTENT_TYPE_PROPERTY
        request.setProperty("resteasy.provider.multipart.inputpart.defaultCharset", "UTF-8");
        request.setProperty("resteasy.provider.multipart.inputpart.defaultContentType", "text/plain; charset=UTF-8");
    }
}
