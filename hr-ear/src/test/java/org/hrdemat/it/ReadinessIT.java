package org.hrdemat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Readiness tells the truth: a server is started and, while it boots and deploys, its readiness and its login page
 * are polled together; readiness is never UP while the login page does not answer 200 (WildFly's default said UP
 * some 15 s before the application was deployed), and it is UP through the application's own check, which turns
 * DOWN when the database is lost and UP again when it is back. Runs its own WildFly.
 */
class ReadinessIT {

    private final OwnServer server = new OwnServer("readiness-test", 300);
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    /** The status and body of a GET, status -1 while nothing listens. */
    private HttpResponse<String> get(String url) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            return null; // not listening yet
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static int status(HttpResponse<String> response) {
        return response == null ? -1 : response.statusCode();
    }

    /** The application's own check in a readiness answer, or null when the server does not list it. */
    private static JsonObject ownCheck(HttpResponse<String> readiness) {
        if (readiness == null || readiness.body().isBlank()) {
            return null;
        }
        JsonObject answer = Json.createReader(new StringReader(readiness.body())).readObject();
        for (JsonValue check : answer.getJsonArray("checks")) {
            if ("hr-demat".equals(check.asJsonObject().getString("name"))) {
                return check.asJsonObject();
            }
        }
        return null;
    }

    /** Polls readiness until it answers this status (or the time is up); returns the last answer. */
    private HttpResponse<String> readinessUntil(int expected, int seconds) throws InterruptedException {
        Instant end = Instant.now().plusSeconds(seconds);
        HttpResponse<String> last;
        do {
            last = get(server.management() + "/health/ready");
            if (status(last) == expected) {
                return last;
            }
            Thread.sleep(200);
        } while (Instant.now().isBefore(end));
        return last;
    }

    @Test
    void readinessIsNeverUpBeforeTheApplicationServesItsLoginPage() throws Exception {
        server.prepare().launch();
        List<String> lies = new ArrayList<>();
        int notReady = 0;
        int samples = 0;
        HttpResponse<String> up = null;
        Instant end = Instant.now().plusSeconds(240);
        while (Instant.now().isBefore(end) && server.alive()) {
            // readiness first: the login page, asked after, can only be further along
            HttpResponse<String> ready = get(server.management() + "/health/ready");
            int login = status(get(server.base() + "/login.xhtml"));
            samples++;
            if (status(ready) == 200 && login != 200) {
                lies.add("ready UP while the login page answered " + login);
            }
            if (status(ready) == 200 && login == 200) {
                up = ready;
                break;
            }
            if (ready != null) {
                notReady++; // the management port answered, not UP
            }
            Thread.sleep(50);
        }
        assertTrue(up != null, "the server never became ready; see " + server.work().resolve("console.log"));
        assertEquals(List.of(), lies, "readiness must not be UP before the application is");
        assertTrue(notReady > 0, "readiness was seen DOWN while the server started (" + samples + " samples)");
        JsonObject own = ownCheck(up);
        assertTrue(own != null, "the application's own check must be listed: " + up.body());
        assertEquals("UP", own.getString("status"));
        assertEquals("reachable", own.getJsonObject("data").getString("database"));
        System.out.printf("readiness: %d samples, %d answered DOWN, then UP with the login page: %s%n", samples,
                notReady, up.body());
    }

    @Test
    void readinessTurnsDownWhenTheDatabaseIsLostAndUpWhenItIsBack() throws Exception {
        server.prepare();
        assumeTrue(server.onPostgres(), "a database can be taken away from a running server on PostgreSQL only "
                + "(the embedded H2 lives in the server's JVM); this runs in the suite's PostgreSQL run");
        server.start();
        assertEquals(200, status(readinessUntil(200, 60)), "ready once started");

        server.databaseReachable(false);
        HttpResponse<String> down = readinessUntil(503, 90);
        assertEquals(503, status(down), "readiness must turn DOWN without its database: "
                + (down == null ? "no answer" : down.body()));
        JsonObject own = ownCheck(down);
        assertTrue(own != null && "DOWN".equals(own.getString("status")), down.body());
        assertTrue(own.getJsonObject("data").containsKey("database"), down.body());

        server.databaseReachable(true);
        HttpResponse<String> back = readinessUntil(200, 90);
        assertEquals(200, status(back), "readiness must be UP again with its database back: "
                + (back == null ? "no answer" : back.body()));
        System.out.printf("readiness without the database: %s%nand with it back: %s%n", down.body(), back.body());
    }
}
