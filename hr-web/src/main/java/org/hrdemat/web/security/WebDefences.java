package org.hrdemat.web.security;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.hrdemat.web.i18n.Texts;

/**
 * What every answer of the application carries against hostile pages and networks (security headers, no shared
 * caching of personal data), and the rules that keep another site from acting through a user's browser: a
 * state-changing API call from a browser must come from this origin and, when it relies on the session cookie,
 * prove it with a header that a cross-site form or image cannot send.
 */
public final class WebDefences {

    /** The header a same-origin script sets (jQuery and PrimeFaces set it on their requests). */
    public static final String PROOF_HEADER = "X-Requested-With";
    /** HSTS over HTTPS: one year. */
    static final String HSTS = "max-age=31536000";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private WebDefences() {
    }

    /**
     * Sets the security headers on a response before anything is written. Personal data is never stored by a
     * browser or a proxy ({@code no-store}) except the application's static resources (styles, scripts, images).
     * Only an inline document (a contract PDF shown in the signing page) may be framed, by this origin.
     */
    public static void headers(HttpServletRequest request, HttpServletResponse response) {
        String path = path(request);
        // from the query string only: reading parameters here would read (and spend) a form's body
        String query = request.getQueryString();
        boolean framable = path.startsWith("/api/") && query != null
                && ("&" + query + "&").contains("&inline=true&");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", framable ? "SAMEORIGIN" : "DENY");
        // the pages get the whole policy (PrimeFaces replaces it on the pages it renders by the same one with the
        // nonce of their scripts, see PagePolicyFilter); the API's answers (JSON, PDF and XLSX downloads shown by
        // the browser's own viewers) only who may frame them
        response.setHeader("Content-Security-Policy", path.startsWith("/api/")
                ? "frame-ancestors " + (framable ? "'self'" : "'none'") : pagePolicy(request));
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        if (!staticResource(path)) {
            response.setHeader("Cache-Control", "no-store");
        }
    }

    /**
     * The policy of the pages, as {@code web.xml} gives it to PrimeFaces ({@value #PAGE_POLICY_PARAMETER}), which adds
     * the nonce of each page's scripts to its last directive, {@code script-src}. Without that nonce no inline script
     * runs: an injected {@code <script>} or {@code onclick} does nothing.
     */
    static String pagePolicy(HttpServletRequest request) {
        String policy = request.getServletContext().getInitParameter(PAGE_POLICY_PARAMETER);
        return policy == null || policy.isBlank() ? FALLBACK_POLICY : policy.trim();
    }

    /** Where the pages' policy is written once, for PrimeFaces and for every other answer. */
    static final String PAGE_POLICY_PARAMETER = "primefaces.CSP_POLICY";
    private static final String FALLBACK_POLICY = "default-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; script-src 'self'";

    /** Styles, scripts and images of the pages: the same for everybody, and cacheable. */
    static boolean staticResource(String path) {
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/")
                || path.equals("/favicon.ico");
    }

    /** Whether the method can change state (anything but GET, HEAD, OPTIONS). */
    static boolean changesState(HttpServletRequest request) {
        return !SAFE.contains(request.getMethod().toUpperCase(Locale.ROOT));
    }

    /**
     * Whether a browser says the request comes from another site: {@code Sec-Fetch-Site} of another site, or an
     * {@code Origin} that is not this server's (as the {@code Host} header names it). Clients that are not
     * browsers send neither header.
     */
    static boolean fromAnotherSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && (site.equalsIgnoreCase("cross-site") || site.equalsIgnoreCase("same-site"))) {
            return true;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        String host = request.getHeader("Host");
        try {
            URI o = URI.create(origin.trim());
            if (o.getHost() == null || host == null) {
                return true; // "null" (a sandboxed frame, a file) or no host to compare with
            }
            String authority = o.getPort() < 0 ? o.getHost() : o.getHost() + ":" + o.getPort();
            String own = host.trim().toLowerCase(Locale.ROOT);
            String theirs = authority.toLowerCase(Locale.ROOT);
            return !(theirs.equals(own) || (o.getPort() < 0 && own.equals(theirs + ":" + defaultPort(o))));
        } catch (IllegalArgumentException malformed) {
            return true;
        }
    }

    private static int defaultPort(URI origin) {
        return "https".equalsIgnoreCase(origin.getScheme()) ? 443 : 80;
    }

    /** Whether the request comes from a browser (which must never be sent an HTTP Basic challenge). */
    static boolean browser(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return request.getHeader("Sec-Fetch-Mode") != null || request.getHeader(PROOF_HEADER) != null
                || (accept != null && accept.toLowerCase(Locale.ROOT).contains("text/html"));
    }

    /** Whether the request carries the same-origin proof a cross-site form, link or image cannot send. */
    static boolean provesSameOrigin(HttpServletRequest request) {
        String proof = request.getHeader(PROOF_HEADER);
        return proof != null && !proof.isBlank();
    }

    /** A 403 with a JSON message in the caller's language; the response is complete. */
    static void forbid(HttpServletRequest request, HttpServletResponse response, String key) {
        String body = Json.createObjectBuilder().add("message", Texts.get(Texts.supported(request.getLocale()), key))
                .add("key", key).build().toString();
        // the container may answer through its error page instead (RefusalServlet), which writes the same body
        request.setAttribute(RefusalServlet.BODY, body);
        try {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write(body);
        } catch (IOException | IllegalStateException e) {
            // the status is what matters
        }
    }

    static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
