package org.hrdemat.web.security;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.hrdemat.web.i18n.Texts;

/**
 * The error pages of the refusals the authentication mechanism answers before any application code (401, 403,
 * 429): the JSON body it prepared ({@link #BODY}), or for a 401 the "authentication required" message; a 403 of a
 * page (not the API) shows the page "not found" (nothing tells that it exists).
 */
@WebServlet({"/error/401", "/error/403", "/error/429"})
public class RefusalServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** Request attribute: the JSON body of a refusal (String). */
    static final String BODY = "org.hrdemat.refusal.body";
    /** Request attribute: the WWW-Authenticate of a 401 when it is not Basic's (a refused API token). */
    static final String CHALLENGE = "org.hrdemat.refusal.challenge";
    /** Request attribute: the Retry-After seconds of a throttled attempt (Long). */
    static final String RETRY_AFTER = "org.hrdemat.refusal.retryAfter";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : HttpServletResponse.SC_UNAUTHORIZED;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        boolean api = uri instanceof String u && u.startsWith(request.getContextPath() + "/api/");
        Object body = request.getAttribute(BODY);
        if (status == HttpServletResponse.SC_FORBIDDEN && body == null && !api) {
            request.getRequestDispatcher("/error/404.xhtml").forward(request, response);
            return;
        }
        response.setStatus(status);
        WebDefences.headers(request, response);
        if (request.getAttribute(RETRY_AFTER) instanceof Long wait) {
            response.setHeader("Retry-After", Long.toString(wait));
        }
        if (status == HttpServletResponse.SC_UNAUTHORIZED && request.getAttribute(CHALLENGE) instanceof String c) {
            response.setHeader("WWW-Authenticate", c);
        } else if (status == HttpServletResponse.SC_UNAUTHORIZED && !WebDefences.browser(request)) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"hr-demat\", charset=\"UTF-8\"");
        }
        response.setContentType("application/json;charset=UTF-8");
        if (body instanceof String json) {
            response.getWriter().write(json);
            return;
        }
        String key = status == HttpServletResponse.SC_UNAUTHORIZED ? "error.unauthenticated" : "error.forbidden";
        response.getWriter().write(jakarta.json.Json.createObjectBuilder()
                .add("message", Texts.get(Texts.supported(request.getLocale()), key)).add("key", key).build()
                .toString());
    }
}
