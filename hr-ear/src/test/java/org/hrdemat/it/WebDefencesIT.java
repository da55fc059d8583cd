package org.hrdemat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;

/**
 * What every answer carries against hostile pages and networks (security headers, cookies, caching), and the
 * refusal of requests that another site makes through a user's browser (cross-site request forgery).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebDefencesIT {

    private static final String PREFERENCE = "/api/v1/me/payslip-preference";

    @Deployment(testable = false)
    static EnterpriseArchive app() {
        return Deployments.application();
    }

    private static HttpResponse<String> get(HttpClient client, String url, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void assertDefended(HttpHeaders h, String what, boolean framable) {
        assertEquals("nosniff", h.firstValue("X-Content-Type-Options").orElse(null), what);
        assertEquals("same-origin", h.firstValue("Referrer-Policy").orElse(null), what);
        assertEquals(framable ? "SAMEORIGIN" : "DENY", h.firstValue("X-Frame-Options").orElse(null), what);
        String csp = h.firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("frame-ancestors " + (framable ? "'self'" : "'none'")), what + ": " + csp);
    }

    private static void assertPagePolicy(HttpHeaders h, String what) {
        assertDefended(h, what, false);
        String csp = h.firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("default-src 'self'") && csp.contains("object-src 'none'")
                && csp.contains("base-uri 'self'") && csp.contains("form-action 'self'"), what + ": " + csp);
    }

    /** The sources of one directive of a policy, empty when it has none. */
    private static String directive(String policy, String name) {
        for (String d : policy.split(";")) {
            if (d.trim().startsWith(name + " ")) {
                return d.trim().substring(name.length()).trim();
            }
        }
        return "";
    }

    @Test
    void pagesRunOnlyTheirOwnScripts() throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> login = get(client, Http.BASE + "/login.xhtml");
        List<String> policies = login.headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), "one policy (two would both apply): " + policies);
        String scripts = directive(policies.get(0), "script-src");
        assertFalse(scripts.contains("'unsafe-inline'") || scripts.contains("'unsafe-eval'") || scripts.contains("*"),
                "no inline script, no eval: " + policies.get(0));
        Matcher nonce = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]{16,})'").matcher(scripts);
        assertTrue(nonce.find(), "the page's scripts are allowed by their nonce: " + scripts);
        // every script of the page carries that nonce, and no element carries an inline event handler
        Matcher tags = Pattern.compile("<script\\b[^>]*>").matcher(login.body());
        int count = 0;
        while (tags.find()) {
            count++;
            assertTrue(tags.group().contains("nonce=\"" + nonce.group(1) + "\""), tags.group());
        }
        assertTrue(count > 0, "the login page has scripts");
        Matcher handler = Pattern.compile("<[a-zA-Z][^>]*\\son[a-z]+\\s*=").matcher(login.body());
        boolean inline = handler.find();
        assertFalse(inline, "an inline event handler: " + (inline ? handler.group() : ""));
        assertNotEquals(nonce.group(1), nonceOf(get(client, Http.BASE + "/login.xhtml")), "a new nonce each time");

        // in a real browser, a handler injected into a page (as stored XSS would) does not run and is reported
        try (Browser agent = new Browser(1280, 900)) {
            agent.login("agent", "demo1234");
            agent.waitFor(By.id("header:logout"));
            assertEquals(List.of(), agent.policyRefusals(), "the pages themselves run under their policy");
            ((JavascriptExecutor) agent.driver()).executeScript("document.body.insertAdjacentHTML('beforeend',"
                    + " '<img id=\"xss\" src=\"/no-such-image.png\" onerror=\"document.title=\\'pwned\\'\">')");
            Thread.sleep(1500);
            assertNotEquals("pwned", agent.driver().getTitle(), "an injected handler must not run");
            assertFalse(agent.policyRefusals().isEmpty(), "the browser reports the refused handler");
        }
    }

    private static String nonceOf(HttpResponse<String> page) {
        Matcher m = Pattern.compile("'nonce-([^']+)'").matcher(page.headers().firstValue("Content-Security-Policy")
                .orElse(""));
        return m.find() ? m.group(1) : null;
    }

    @Test
    void everyAnswerCarriesTheSecurityHeadersAndPersonalDataIsNeverCached() throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> login = get(client, Http.BASE + "/login.xhtml");
        assertEquals(200, login.statusCode());
        assertPagePolicy(login.headers(), "login page");
        assertEquals("no-store", login.headers().firstValue("Cache-Control").orElse(null));
        assertFalse(login.headers().firstValue("Strict-Transport-Security").isPresent(), "no HSTS over plain HTTP");
        String cookie = sessionCookie(login.headers());
        assertTrue(cookie.contains("HttpOnly") && cookie.matches("(?i).*;\\s*SameSite=Lax.*"), cookie);
        assertFalse(cookie.matches("(?i).*;\\s*Secure.*"), "not Secure over plain HTTP: " + cookie);

        // the styles and scripts of the pages stay cacheable
        Matcher css = Pattern.compile("href=\"([^\"]*jakarta\\.faces\\.resource/[^\"]+)\"").matcher(login.body());
        assertTrue(css.find(), "a static resource in the login page");
        HttpResponse<String> style = get(client, Http.BASE + css.group(1).replace("&amp;", "&"));
        assertEquals(200, style.statusCode());
        assertEquals("nosniff", style.headers().firstValue("X-Content-Type-Options").orElse(null));
        assertFalse(style.headers().firstValue("Cache-Control").orElse("").contains("no-store"), "static resource");

        // the API, its refusals and its errors
        HttpResponse<String> me = get(client, Http.BASE + "/api/v1/me", "Authorization", Http.basic("agent", "demo1234"));
        assertEquals(200, me.statusCode());
        assertDefended(me.headers(), "API answer", false);
        assertEquals("no-store", me.headers().firstValue("Cache-Control").orElse(null));
        HttpResponse<String> missing = get(client, Http.BASE + "/api/v1/payslips/999999999/pdf",
                "Authorization", Http.basic("agent", "demo1234"));
        assertEquals(404, missing.statusCode());
        assertDefended(missing.headers(), "API refusal", false);
        HttpResponse<String> nobody = get(client, Http.BASE + "/api/v1/me");
        assertEquals(401, nobody.statusCode());
        assertDefended(nobody.headers(), "401", false);
        HttpResponse<String> page = get(client, Http.BASE + "/hr/payroll.xhtml");
        assertEquals(302, page.statusCode(), "to the login page");
        assertPagePolicy(page.headers(), "redirect to the login page");
        // only an inline document may be framed, by this origin (the signing page shows the contract's PDF)
        HttpResponse<String> inline = get(client, Http.BASE + "/api/v1/contracts/999999999/pdf?inline=true",
                "Authorization", Http.basic("rh", "demo1234"));
        assertDefended(inline.headers(), "inline document", true);
    }

    @Test
    void overHttpsTheCookieIsSecureAndHstsIsSent() throws Exception {
        HttpClient client = HttpClient.newBuilder().sslContext(trustingTheTestCertificate())
                .sslParameters(noHostnameCheck()).followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> login = get(client, "https://localhost:8443/login.xhtml");
        assertEquals(200, login.statusCode());
        assertPagePolicy(login.headers(), "login page over HTTPS");
        assertEquals("max-age=31536000", login.headers().firstValue("Strict-Transport-Security").orElse(null));
        String cookie = sessionCookie(login.headers());
        assertTrue(cookie.matches("(?i).*;\\s*Secure.*") && cookie.matches("(?i).*;\\s*SameSite=Lax.*"), cookie);
    }

    @Test
    void unauthenticatedBrowsersGetNoBasicChallenge() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> script = get(client, Http.BASE + "/api/v1/me", "Accept", "application/json");
        assertEquals(401, script.statusCode());
        assertTrue(script.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"),
                "a script is told how to authenticate");
        for (String[] browser : List.of(new String[]{"Accept", "text/html,application/xhtml+xml,*/*;q=0.8"},
                new String[]{"Sec-Fetch-Mode", "cors"}, new String[]{"Sec-Fetch-Mode", "navigate"})) {
            HttpResponse<String> r = get(client, Http.BASE + "/api/v1/me", browser);
            assertEquals(401, r.statusCode());
            assertFalse(r.headers().firstValue("WWW-Authenticate").isPresent(),
                    "no dialog in a browser (" + browser[0] + ": " + browser[1] + ")");
            assertTrue(r.body().contains("\"message\""), r.body());
        }
    }

    @Test
    void anotherSiteCannotActThroughTheUsersBrowser() throws Exception {
        String before = Http.get(PREFERENCE, "agent2").body();
        assertTrue(before.contains("\"paper\":false"), "agent2 receives electronic payslips: " + before);
        String electronic = "{\"paper\":false}";
        try (Browser agent = new Browser(1280, 900)) {
            agent.login("agent2", "demo1234");
            Cookie session = agent.driver().manage().getCookieNamed("JSESSIONID");
            String cookie = "JSESSIONID=" + session.getValue();
            String paper = "{\"paper\":true}";

            // with the session cookie alone (what a forged form or fetch would carry): refused, nothing changed
            Http.Reply forged = Http.send(put(null, paper).header("Cookie", cookie).build());
            assertEquals(403, forged.status(), forged.body());
            assertTrue(forged.body().contains("error.sameOriginProof"), forged.body());
            assertEquals(before, Http.get(PREFERENCE, "agent2").body(), "nothing changed");
            // a foreign origin, even with the proof header and even with a password: refused
            Http.Reply foreign = Http.send(put(null, paper).header("Cookie", cookie)
                    .header("X-Requested-With", "XMLHttpRequest").header("Origin", "https://evil.example").build());
            assertEquals(403, foreign.status(), foreign.body());
            assertTrue(foreign.body().contains("error.crossSite"), foreign.body());
            Http.Reply crossSite = Http.send(put("agent2", paper).header("Sec-Fetch-Site", "cross-site").build());
            assertEquals(403, crossSite.status(), crossSite.body());
            assertEquals(before, Http.get(PREFERENCE, "agent2").body(), "nothing changed");
            // the API's own clients and a script of this origin are not hindered
            assertEquals(200, Http.send(put("agent2", electronic).header("Origin", Http.BASE).build()).status());
            assertEquals(200, Http.send(put(null, electronic).header("Cookie", cookie)
                    .header("X-Requested-With", "XMLHttpRequest").header("Sec-Fetch-Site", "same-origin")
                    .build()).status());

            // a real cross-site attempt: a page of another origin (127.0.0.1 is not localhost) sends the request
            // with the user's credentials, as an attacker's page would
            agent.driver().get("http://127.0.0.1:8080/login.xhtml");
            Object outcome = ((JavascriptExecutor) agent.driver()).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "fetch('" + Http.BASE + PREFERENCE + "', {method: 'PUT', credentials: 'include',"
                            + " mode: 'no-cors', headers: {'Content-Type': 'text/plain'}, body: '" + paper + "'})"
                            + ".then(r => done('sent ' + r.type), e => done('failed ' + e));");
            assertTrue(String.valueOf(outcome).startsWith("sent") || String.valueOf(outcome).startsWith("failed"),
                    String.valueOf(outcome));
            assertEquals(before, Http.get(PREFERENCE, "agent2").body(), "the forged request changed nothing");
        } finally {
            Http.send(put("agent2", "{\"paper\":false}").build());
        }
    }

    private static HttpRequest.Builder put(String login, String json) {
        return Http.request(PREFERENCE, login).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json));
    }

    private static String sessionCookie(HttpHeaders headers) {
        return headers.allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + headers.map()));
    }

    /** The test server's certificate is WildFly's self-signed one, made at first use: trusted for this test only. */
    private static SSLContext trustingTheTestCertificate() throws Exception {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[]{new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }}, null);
        return context;
    }

    private static SSLParameters noHostnameCheck() {
        SSLParameters parameters = new SSLParameters();
        parameters.setEndpointIdentificationAlgorithm(null);
        return parameters;
    }
}
