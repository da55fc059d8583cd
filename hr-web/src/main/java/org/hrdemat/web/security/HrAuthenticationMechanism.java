package org.hrdemat.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import org.hrdemat.web.i18n.Texts;

/**
 * How callers prove who they are. API clients send a personal access token ({@code Authorization: Bearer}, no
 * password hashing) or HTTP Basic on each request (no session); a read-only token only reads. Browsers log in once
 * through the login page (programmatic authentication) and are remembered in their session. Unauthenticated
 * requests for protected content get 401 on the API and a redirect to the login page elsewhere.
 */
@ApplicationScoped
public class HrAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_CALLER = "org.hrdemat.caller";
    public static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    IdentityStoreHandler identityStore;

    @Inject
    org.hrdemat.identity.boundary.RequestToken requestToken;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        // every request of the application passes here first, answered by the application or not
        WebDefences.headers(request, response);
        boolean api = path(request).startsWith("/api/");
        if (api && WebDefences.changesState(request) && WebDefences.fromAnotherSite(request)) {
            // a page of another site cannot act through the user's browser, whatever it authenticates with
            WebDefences.forbid(request, response, "error.crossSite");
            return AuthenticationStatus.SEND_CONTINUE;
        }
        String authorization = request.getHeader("Authorization");
        if (api && authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            CredentialValidationResult result = identityStore.validate(
                    new TokenCredential(authorization.substring(7).trim(), request.getRemoteAddr()));
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return unauthorized(request, response, true);
            }
            if (requestToken.readOnly() && WebDefences.changesState(request)) {
                WebDefences.forbid(request, response, "token.readOnly");
                return AuthenticationStatus.SEND_CONTINUE;
            }
            return context.notifyContainerAboutLogin(result);
        }
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            UsernamePasswordCredential credential = decodeBasic(authorization.substring(6).trim(),
                    request.getRemoteAddr());
            CredentialValidationResult result = credential == null ? CredentialValidationResult.INVALID_RESULT
                    : identityStore.validate(credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            return unauthorized(request, response, false);
        }
        if (context.isAuthenticationRequest() && context.getAuthParameters().getCredential() != null) {
            Credential credential = context.getAuthParameters().getCredential();
            if (credential instanceof UsernamePasswordCredential up && !(up instanceof ClientCredential)) {
                credential = new ClientCredential(up.getCaller(), up.getPasswordAsString(), request.getRemoteAddr());
            }
            CredentialValidationResult result = identityStore.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            request.getSession(true);
            request.changeSessionId(); // no session fixation
            request.getSession().setAttribute(SESSION_CALLER,
                    new SessionCaller(result.getCallerPrincipal().getName(), result.getCallerGroups()));
            return context.notifyContainerAboutLogin(result);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_CALLER) instanceof SessionCaller caller) {
            if (api && WebDefences.changesState(request) && !WebDefences.provesSameOrigin(request)) {
                // the browser sends the cookie with any request, a forged form's too: a script of this origin
                // proves itself with a header that no form, link or image can add
                WebDefences.forbid(request, response, "error.sameOriginProof");
                return AuthenticationStatus.SEND_CONTINUE;
            }
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        if (context.isProtected()) {
            if (api) {
                return unauthorized(request, response, false);
            }
            String target = path(request) + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            String login = request.getContextPath() + LOGIN_PAGE
                    + ("/".equals(target) || target.startsWith("/index.xhtml") ? ""
                    : "?continue=" + URLEncoder.encode(target, StandardCharsets.UTF_8));
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                return partialRedirect(response, login);
            }
            return context.redirect(login);
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_CALLER);
        }
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    static UsernamePasswordCredential decodeBasic(String encoded, String address) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return null;
            }
            return new ClientCredential(decoded.substring(0, colon), decoded.substring(colon + 1), address);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response,
                                                     boolean token) {
        if (request.getAttribute(HrIdentityStore.RETRY_AFTER) instanceof Long wait) {
            // not checked at all: too many failures from this address (whether the login exists or not)
            String body = jakarta.json.Json.createObjectBuilder()
                    .add("message", Texts.get(Texts.supported(request.getLocale()), "login.throttled", wait))
                    .add("key", "login.throttled").add("retryAfter", wait).build().toString();
            // the container may answer through its error page instead (RefusalServlet), which writes the same
            request.setAttribute(RefusalServlet.BODY, body);
            request.setAttribute(RefusalServlet.RETRY_AFTER, wait);
            try {
                response.setStatus(429);
                response.setHeader("Retry-After", Long.toString(wait));
                response.setContentType("application/json;charset=UTF-8");
                response.getWriter().write(body);
            } catch (IOException | IllegalStateException e) {
                // the status is what matters
            }
            return AuthenticationStatus.SEND_CONTINUE;
        }
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            if (token) {
                // RFC 6750: the token was refused (unknown, expired or revoked: the client cannot tell which)
                String challenge = "Bearer realm=\"hr-demat\", error=\"invalid_token\"";
                response.setHeader("WWW-Authenticate", challenge);
                request.setAttribute(RefusalServlet.CHALLENGE, challenge);
            } else if (!WebDefences.browser(request)) {
                // a browser would show its own dialog, then replay what was typed on other sites' requests
                response.setHeader("WWW-Authenticate", "Basic realm=\"hr-demat\", charset=\"UTF-8\"");
            }
            response.setContentType("application/json;charset=UTF-8");
            String key = token ? "token.invalid" : "error.unauthenticated";
            String body = jakarta.json.Json.createObjectBuilder()
                    .add("message", Texts.get(Texts.supported(request.getLocale()), key)).add("key", key).build()
                    .toString();
            // the container may answer through its error page instead (RefusalServlet), which writes the same
            request.setAttribute(RefusalServlet.BODY, body);
            response.getWriter().write(body);
        } catch (IOException | IllegalStateException e) {
            // the status is what matters
        }
        // the response is complete: SEND_CONTINUE keeps the container from replacing it with its own error page
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static AuthenticationStatus partialRedirect(HttpServletResponse response, String url) {
        try {
            response.setContentType("text/xml;charset=UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + url.replace("&", "&amp;") + "\"/></partial-response>");
        } catch (IOException e) {
            // nothing more to do
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }
}
