package org.hrdemat.web.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.hrdemat.shared.AccessDeniedException;
import org.hrdemat.shared.BusinessException;
import org.hrdemat.shared.ConflictException;
import org.hrdemat.shared.InvalidInputException;
import org.hrdemat.shared.NotFoundException;
import org.hrdemat.web.i18n.Texts;

/** Business refusals as HTTP: 400 invalid input, 403 forbidden, 404 not found (or not yours), 409 conflict. */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

    @Context
    HttpHeaders headers;

    BusinessExceptionMapper withHeaders(HttpHeaders h) {
        this.headers = h;
        return this;
    }

    @Override
    public Response toResponse(BusinessException e) {
        if (e instanceof org.hrdemat.shared.TooLargeException big) {
            return Response.status(Response.Status.REQUEST_ENTITY_TOO_LARGE).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ErrorBody(Texts.of(ApiLocale.of(headers), e), e.getMessageKey(), null,
                            big.getLimit().variable())).build();
        }
        Response.Status status;
        if (e instanceof NotFoundException) {
            status = Response.Status.NOT_FOUND;
        } else if (e instanceof AccessDeniedException) {
            status = Response.Status.FORBIDDEN;
        } else if (e instanceof InvalidInputException) {
            status = Response.Status.BAD_REQUEST;
        } else if (e instanceof ConflictException) {
            status = Response.Status.CONFLICT;
        } else {
            status = Response.Status.CONFLICT;
        }
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorBody(Texts.of(ApiLocale.of(headers), e), e.getMessageKey())).build();
    }
}
