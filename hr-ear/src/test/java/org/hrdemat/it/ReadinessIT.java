package org.hrdemat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * Readiness tells the truth from the first second: a server is started and, while it boots and deploys, its
 * readiness and its login page are polled together; readiness is never UP while the login page does not answer
 * 200 (WildFly's default said UP some 15 s before the application was deployed). Runs its own WildFly.
 */
class ReadinessIT {

    private final OwnServer server = new OwnServer("readiness-test", 300);

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private static int status(HttpClient client, String url) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            return -1; // not listening yet
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    @Test
    void readinessIsNeverUpBeforeTheApplicationServesItsLoginPage() throws Exception {
        server.prepare().launch();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        List<String> lies = new ArrayList<>();
        int notReady = 0;
        int samples = 0;
        boolean up = false;
        Instant end = Instant.now().plusSeconds(240);
        while (Instant.now().isBefore(end) && server.alive()) {
            // readiness first: the login page, asked after, can only be further along
            int ready = status(client, server.management() + "/health/ready");
            int login = status(client, server.base() + "/login.xhtml");
            samples++;
            if (ready == 200 && login != 200) {
                lies.add("ready UP while the login page answered " + login);
            }
            if (ready == 200 && login == 200) {
                up = true;
                break;
            }
            if (ready != -1) {
                notReady++; // the management port answered, not UP
            }
            Thread.sleep(50);
        }
        assertTrue(up, "the server never became ready; see " + server.work().resolve("console.log"));
        assertEquals(List.of(), lies, "readiness must not be UP before the application is");
        assertTrue(notReady > 0, "readiness was seen DOWN while the server started (" + samples + " samples)");
        System.out.printf("readiness: %d samples, %d answered DOWN, then UP with the login page%n", samples, notReady);
    }
}
