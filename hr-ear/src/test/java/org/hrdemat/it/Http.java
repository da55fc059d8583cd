package org.hrdemat.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small HTTP client for the API tests: Basic authentication, JSON bodies, language header. */
public final class Http {

    public static final String BASE = "http://localhost:8080";
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** Status and body of a response. */
    public record Reply(int status, String body, HttpResponse<String> raw) {
    }

    private Http() {
    }

    public static Reply get(String path, String login) {
        return send(request(path, login).GET().build());
    }

    public static Reply get(String path, String login, String language) {
        return send(request(path, login).header("Accept-Language", language).GET().build());
    }

    public static Reply post(String path, String login, String contentType, byte[] body) {
        return send(request(path, login).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    public static HttpRequest.Builder request(String path, String login) {
        return request(BASE, path, login);
    }

    /** A request to another server than the shared test server (base: "http://host:port"). */
    public static HttpRequest.Builder request(String base, String path, String login) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        if (login != null) {
            b.header("Authorization", basic(login, "demo1234"));
        }
        return b;
    }

    public static String basic(String login, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static Reply send(HttpRequest request) {
        try {
            HttpResponse<String> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.body(), r);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
