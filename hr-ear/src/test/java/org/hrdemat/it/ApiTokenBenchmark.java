package org.hrdemat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Not a test: the benchmark of API authentication (profile {@code api-benchmark}, see the README). The same call,
 * {@code GET /api/v1/me/payslips} by the demo agent (six published payslips), is made by parallel clients for a
 * fixed time with an API token and with a browser session cookie, after 40 s of warm-up, in the order token,
 * cookie, cookie, token, so that the machine's drift weighs the same on both; then briefly with HTTP Basic, for reference. Writes
 * {@code hr-ear/target/api-benchmark.txt}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiTokenBenchmark {

    private static final int CLIENTS = Integer.getInteger("benchmark.clients", 8);
    private static final Duration ROUND = Duration.ofSeconds(Long.getLong("benchmark.seconds", 15));
    private static final String PATH = "/api/v1/me/payslips";

    @Deployment(testable = false)
    static EnterpriseArchive app() {
        return Deployments.application();
    }

    /** What one round measured. */
    record Round(String way, long calls, long failures, double perSecond, double p50, double p95) {
        String line() {
            return String.format(Locale.ROOT, "%-7s %8d calls %4d failed %8.1f req/s   p50 %6.2f ms   p95 %6.2f ms",
                    way, calls, failures, perSecond, p50, p95);
        }
    }

    @Test
    void tokenAgainstSessionCookie() throws Exception {
        publishedPayslips();
        String token = JsonBodies.object(Http.post("/api/v1/me/tokens", "agent", "application/json",
                "{\"name\":\"benchmark\",\"days\":1,\"readOnly\":true}".getBytes(StandardCharsets.UTF_8)).body())
                .getString("secret");
        String cookie = sessionCookie("agent");
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest withToken = HttpRequest.newBuilder(URI.create(Http.BASE + PATH))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build();
        HttpRequest withCookie = HttpRequest.newBuilder(URI.create(Http.BASE + PATH))
                .header("Cookie", cookie).header("Accept", "application/json").GET().build();
        HttpRequest withBasic = HttpRequest.newBuilder(URI.create(Http.BASE + PATH))
                .header("Authorization", Http.basic("agent", "demo1234")).header("Accept", "application/json").GET()
                .build();
        String expected = client.send(withToken, HttpResponse.BodyHandlers.ofString()).body();
        assertEquals(expected, client.send(withCookie, HttpResponse.BodyHandlers.ofString()).body(), "same answer");
        assertTrue(expected.length() > 100, expected);

        // warm-up, not counted: the JIT compiles both paths (a server's first minutes)
        for (int i = 0; i < 2; i++) {
            run(client, withToken, "token", Duration.ofSeconds(10), CLIENTS);
            run(client, withCookie, "cookie", Duration.ofSeconds(10), CLIENTS);
        }
        // token, cookie, cookie, token: a drift of the machine during the run weighs the same on both
        List<Round> rounds = new ArrayList<>();
        rounds.add(run(client, withToken, "token", ROUND, CLIENTS));
        rounds.add(run(client, withCookie, "cookie", ROUND, CLIENTS));
        rounds.add(run(client, withCookie, "cookie", ROUND, CLIENTS));
        rounds.add(run(client, withToken, "token", ROUND, CLIENTS));
        Round basic = run(client, withBasic, "basic", Duration.ofSeconds(5), 4);
        double token1 = rounds.get(0).perSecond();
        double token2 = rounds.get(3).perSecond();
        double cookie1 = rounds.get(1).perSecond();
        double cookie2 = rounds.get(2).perSecond();
        double tokenMean = (token1 + token2) / 2;
        double cookieMean = (cookie1 + cookie2) / 2;
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "GET %s, %d parallel clients, %d s rounds, %d cores, %s%n", PATH,
                CLIENTS, ROUND.toSeconds(), Runtime.getRuntime().availableProcessors(), LocalDate.now()));
        rounds.forEach(r -> report.append(r.line()).append('\n'));
        report.append(basic.line()).append("   (4 clients, 5 s: every call hashes the password)\n");
        report.append(String.format(Locale.ROOT, "token %.1f req/s, cookie %.1f req/s (means of two rounds each): "
                + "ratio token/cookie %.2f%n", tokenMean, cookieMean, tokenMean / cookieMean));
        Path out = Path.of("target", "api-benchmark.txt");
        Files.writeString(out, report.toString());
        System.out.print(report);
        for (Round r : rounds) {
            assertEquals(0, r.failures(), "every call answered 200: " + r.line());
        }
    }

    private static Round run(HttpClient client, HttpRequest request, String way, Duration length, int clients)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicBoolean going = new AtomicBoolean(true);
        List<Future<long[]>> results = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            results.add(pool.submit(() -> {
                long[] times = new long[1 << 16];
                int n = 0;
                long failures = 0;
                while (going.get()) {
                    long t = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() != 200) {
                            failures++;
                        }
                    } catch (IOException e) {
                        failures++;
                    }
                    if (n == times.length) {
                        times = Arrays.copyOf(times, n * 2);
                    }
                    times[n++] = System.nanoTime() - t;
                }
                long[] out = Arrays.copyOf(times, n + 1);
                out[n] = failures;
                return out;
            }));
        }
        Thread.sleep(length.toMillis());
        going.set(false);
        long calls = 0;
        long failures = 0;
        List<Long> all = new ArrayList<>();
        for (Future<long[]> f : results) {
            long[] r = f.get();
            failures += r[r.length - 1];
            for (int i = 0; i < r.length - 1; i++) {
                all.add(r[i]);
            }
            calls += r.length - 1;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        all.sort(null);
        return new Round(way, calls, failures, calls / seconds, all.get(all.size() / 2) / 1e6,
                all.get((int) (all.size() * 0.95)) / 1e6);
    }

    /** Six payslips for the demo agent (A001), imported from a bulk PDF of another producer and published. */
    private static void publishedPayslips() throws Exception {
        byte[] bulk = PayslipIT.corpus("groff.pdf");
        for (int month = 1; month <= 6; month++) {
            String period = "2024-0" + month;
            if (!PayslipIT.payslipsOf("agent", period).isEmpty()) {
                continue;
            }
            Http.Reply created = PayslipIT.upload("rh", period, bulk, "paie.pdf");
            assertEquals(201, created.status(), created.body());
            JsonObject run = PayslipIT.waitUntilReady(JsonBodies.object(created.body()).getJsonNumber("id").longValue());
            assertEquals(200, Http.post("/api/v1/payroll-runs/" + run.getJsonNumber("id") + "/publish", "rh",
                    "application/json", new byte[0]).status());
        }
    }

    /** Logs in through the login page, as a browser does, and returns the session cookie. */
    private static String sessionCookie(String login) throws Exception {
        CookieManager jar = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(jar).build();
        String page = browser.send(HttpRequest.newBuilder(URI.create(Http.BASE + "/login.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertTrue(state.find(), "the login page has a view state");
        String form = "login=login&login%3Ausername=" + login + "&login%3Apassword=demo1234&login%3Asubmit="
                + "&jakarta.faces.ViewState=" + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> posted = browser.send(HttpRequest.newBuilder(URI.create(Http.BASE + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(posted.statusCode() == 302 || posted.statusCode() == 303, "logged in: " + posted.statusCode());
        return jar.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(c -> "JSESSIONID=" + c.getValue()).findFirst().orElseThrow();
    }
}
