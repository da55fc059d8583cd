package org.hrdemat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The brute-force guard slows down whoever fails, never the account: failures from one address make that address
 * wait (429, Retry-After) before it is even checked, while the real user logs in from another; unknown, wrong and
 * inactive answer the same; a flood of bad logins does not keep the others out. The test server trusts its "proxy"
 * (HR_TRUSTED_PROXY), so each client address is given with X-Forwarded-For.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginThrottleIT {

    @Deployment(testable = false)
    static EnterpriseArchive app() {
        return Deployments.application();
    }

    private final String login = "thr" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    private static final String PASSWORD = "Brioche-Ardoise-Velo-42";

    private static Http.Reply me(String login, String password, String from) {
        return Http.send(Http.request("/api/v1/me", null).header("Authorization", Http.basic(login, password))
                .header("X-Forwarded-For", from).GET().build());
    }

    @Test
    void failuresSlowDownTheirAddressNotTheAccount() {
        Http.Reply created = Http.post("/api/v1/accounts", "admin", "application/json", ("{\"login\":\"" + login
                + "\",\"roles\":[\"EMPLOYEE\"],\"password\":\"" + PASSWORD + "\"}").getBytes(StandardCharsets.UTF_8));
        assertEquals(201, created.status(), created.body());
        long id = JsonBodies.object(created.body()).getJsonNumber("id").longValue();
        String attacker = "203.0.113.66";
        String unknown = "nobody-" + login;
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Http.Reply wrong = me(login, "wrong-" + i, attacker);
            assertEquals(401, wrong.status(), wrong.body());
            bodies.add(wrong.body());
            Http.Reply nobody = me(unknown, "wrong-" + i, "203.0.113.67");
            assertEquals(401, nobody.status());
            bodies.add(nobody.body());
        }
        assertEquals(1, bodies.stream().distinct().count(), "unknown and wrong answer alike: " + bodies);

        // the sixth attempt from that address is not even checked, the right password neither
        Http.Reply throttled = me(login, PASSWORD, attacker);
        assertEquals(429, throttled.status(), throttled.body());
        assertTrue(throttled.body().contains("\"key\":\"login.throttled\""), throttled.body());
        long retry = Long.parseLong(throttled.raw().headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retry >= 1 && retry <= 900, "Retry-After " + retry);
        Http.Reply throttledUnknown = me(unknown, "x", "203.0.113.67");
        assertEquals(429, throttledUnknown.status(), "an unknown login is slowed down the same way");
        // the real user, from elsewhere, is not locked out
        assertEquals(200, me(login, PASSWORD, "198.51.100.7").status());

        // the administrator sees it, and can lift it at once
        JsonObject account = JsonBodies.object(Http.get("/api/v1/accounts/" + id, "admin").body());
        assertTrue(account.getBoolean("slowedDown"), account.toString());
        assertEquals(204 / 100, Http.post("/api/v1/accounts/" + id + "/unlock", "admin", "application/json",
                new byte[0]).status() / 100);
        assertFalse(JsonBodies.object(Http.get("/api/v1/accounts/" + id, "admin").body()).getBoolean("slowedDown"));
        assertEquals(200, me(login, PASSWORD, attacker).status());

        // each attempt is audited; an unknown login is kept only as a digest (it is often a pasted password)
        var events = JsonBodies.array(Http.get("/api/v1/audit/events?action=LOGIN&actor=" + login + "&max=50",
                "admin").body()).getValuesAs(JsonObject.class);
        assertTrue(events.stream().filter(e -> "FAILURE".equals(e.getString("outcome"))).count() >= 5, events.toString());
        assertTrue(events.stream().anyMatch(e -> "SUCCESS".equals(e.getString("outcome"))
                && e.getString("details", "").contains("198.51.100.7")), events.toString());
        String all = Http.get("/api/v1/audit/events?action=LOGIN&max=500", "admin").body();
        assertFalse(all.contains(unknown), "the unknown login as typed is not kept");
    }

    @Test
    void aFloodOfBadLoginsDoesNotKeepOthersOut() throws Exception {
        String token = JsonBodies.object(Http.post("/api/v1/me/tokens", "rh", "application/json",
                "{\"name\":\"pendant l'attaque\",\"days\":1}".getBytes(StandardCharsets.UTF_8)).body())
                .getString("secret");
        ExecutorService flood = Executors.newFixedThreadPool(100);
        try {
            Instant start = Instant.now();
            List<Future<Integer>> bad = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                String who = "flood" + i;
                bad.add(flood.submit(() -> me(who, "wrong", "192.0.2.200").status()));
            }
            Thread.sleep(200); // the flood is under way
            Instant before = Instant.now();
            Http.Reply valid = me("rh", "demo1234", "198.51.100.20");
            Duration took = Duration.between(before, Instant.now());
            assertEquals(200, valid.status());
            assertTrue(took.compareTo(Duration.ofSeconds(3)) < 0, "a valid login during the flood took " + took);
            Instant tokenBefore = Instant.now();
            Http.Reply withToken = Http.send(Http.request("/api/v1/me", null).header("Authorization", "Bearer " + token)
                    .header("X-Forwarded-For", "198.51.100.21").GET().build());
            Duration tokenTook = Duration.between(tokenBefore, Instant.now());
            assertEquals(200, withToken.status(), withToken.body());
            assertTrue(tokenTook.compareTo(Duration.ofSeconds(1)) < 0, "a token request during the flood took " + tokenTook);
            int refusedAtOnce = 0;
            for (Future<Integer> f : bad) {
                int status = f.get(60, TimeUnit.SECONDS);
                assertTrue(status == 401 || status == 429, "status " + status);
                refusedAtOnce += status == 429 ? 1 : 0;
            }
            assertTrue(refusedAtOnce > 50, "most of the flood was refused before any hashing: " + refusedAtOnce);
            System.out.printf("flood of 100 bad logins: %d refused at once, a valid login took %d ms, a token request %d ms,"
                    + " all done in %d ms%n", refusedAtOnce, took.toMillis(), tokenTook.toMillis(),
                    Duration.between(start, Instant.now()).toMillis());
        } finally {
            flood.shutdownNow();
        }
    }
}
