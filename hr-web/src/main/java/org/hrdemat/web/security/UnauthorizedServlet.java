package org.hrdemat.web.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.hrdemat.web.i18n.Texts;

/** The 401 error page: a JSON message in the caller's language (only API calls are ever answered 401). */
@WebServlet("/error/401")
public class UnauthorizedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Basic realm=\"hr-demat\", charset=\"UTF-8\"");
        response.setContentType("application/json;charset=UTF-8");
        String message = Texts.get(Texts.supported(request.getLocale()), "error.unauthenticated");
        response.getWriter().write("{\"message\":\"" + message.replace("\"", "\\\"")
                + "\",\"key\":\"error.unauthenticated\"}");
    }
}
