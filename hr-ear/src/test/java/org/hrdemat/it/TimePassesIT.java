package org.hrdemat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What happens when time passes, which a client cannot wait for: this test runs inside the server (a small probe
 * WAR next to the application) and moves the clock of the data instead — a code's expiry time, a request's
 * deadline — through the application's own datasource, then asks the application over HTTP. A code past its ten
 * minutes is refused as expired (not as wrong); a request past its deadline expires at the daily check and can no
 * longer be signed.
 */
@ExtendWith(ArquillianExtension.class)
class TimePassesIT {

    private static final String BASE = "http://localhost:8080/api/v1";

    @Deployment(name = "app", order = 1, testable = false)
    static EnterpriseArchive app() {
        return Deployments.application();
    }

    @Deployment(name = "probe", order = 2)
    static WebArchive probe() {
        return ShrinkWrap.create(WebArchive.class, "time-probe.war");
    }

    private static HttpResponse<String> call(String method, String path, String login, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((login + ":demo1234").getBytes(StandardCharsets.UTF_8)));
        if ("POST".equals(method)) {
            b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json));
        } else {
            b.GET();
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonObject object(String body) {
        try (JsonReader r = Json.createReader(new StringReader(body))) {
            return r.readObject();
        }
    }

    private static JsonArray array(String body) {
        try (JsonReader r = Json.createReader(new StringReader(body))) {
            return r.readArray();
        }
    }

    private static int update(String sql, Object... values) throws Exception {
        DataSource ds = (DataSource) new InitialContext().lookup("java:jboss/datasources/HrDS");
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            return s.executeUpdate();
        }
    }

    /** A CDD for Sophie Durand (A002), sent for signature; returns {contract id, request id}. */
    private static long[] sentContract(String body) throws Exception {
        long agent = array(call("GET", "/employees", "rh", null).body()).getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("matricule").equals("A002")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        HttpResponse<String> created = call("POST", "/contracts", "rh", "{\"employeeId\":" + agent
                + ",\"template\":\"cdd-article-l332-23\",\"fields\":{\"poste\":\"Gardien\",\"grade\":\"adjoint technique\","
                + "\"indice\":367,\"debut\":\"2027-01-01\",\"fin\":\"2027-06-30\"}}");
        assertEquals(201, created.statusCode(), created.body());
        long contract = object(created.body()).getJsonNumber("id").longValue();
        HttpResponse<String> sent = call("POST", "/contracts/" + contract + "/send", "rh", body);
        assertEquals(200, sent.statusCode(), sent.body());
        return new long[]{contract, object(sent.body()).getJsonNumber("id").longValue()};
    }

    @Test
    @OperateOnDeployment("probe")
    void aCodePastItsTenMinutesIsRefusedAsExpired() throws Exception {
        long request = sentContract("{}")[1];
        assertEquals(200, call("POST", "/signature-requests/" + request + "/code", "rh", null).statusCode());
        assertEquals(1, update("update signature_step set code_expires_at = ? where request_id = ? and position = 1",
                Timestamp.from(Instant.now().minusSeconds(1)), request));
        HttpResponse<String> late = call("POST", "/signature-requests/" + request + "/sign", "rh", "{\"code\":\"123456\"}");
        assertEquals(400, late.statusCode());
        assertTrue(late.body().contains("expiré"), late.body());
        assertEquals(200, call("POST", "/signature-requests/" + request + "/code", "rh", null).statusCode(),
                "a new code can be asked");
    }

    @Test
    @OperateOnDeployment("probe")
    void aRequestPastItsDeadlineExpiresAtTheDailyCheck() throws Exception {
        long[] ids = sentContract("{\"deadline\":\"" + LocalDate.now(java.time.ZoneId.of("Europe/Paris")).plusDays(10) + "\"}");
        assertEquals(1, update("update signature_request set deadline = ? where id = ?",
                Date.valueOf(LocalDate.now(java.time.ZoneId.of("Europe/Paris")).minusDays(1)), ids[1]));
        HttpResponse<String> check = call("POST", "/signature-requests/deadlines", "rh", null);
        assertEquals(200, check.statusCode(), check.body());
        assertEquals("EXPIRED", object(call("GET", "/signature-requests/" + ids[1], "rh", null).body()).getString("status"));
        assertEquals("EXPIRED", object(call("GET", "/contracts/" + ids[0], "rh", null).body()).getString("status"));
        assertEquals(409, call("POST", "/signature-requests/" + ids[1] + "/code", "rh", null).statusCode());
    }

    @Test
    @OperateOnDeployment("probe")
    void aTokenPastItsExpiryOpensNothingAndOnlyItsDigestIsKept() throws Exception {
        HttpResponse<String> made = call("POST", "/me/tokens", "agent3", "{\"name\":\"Expire bientôt\",\"days\":1}");
        assertEquals(201, made.statusCode(), made.body());
        String secret = object(made.body()).getString("secret");
        long id = object(made.body()).getJsonObject("token").getJsonNumber("id").longValue();
        DataSource ds = (DataSource) new InitialContext().lookup("java:jboss/datasources/HrDS");
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(
                "select digest, hint, name from api_token where id = ?")) {
            s.setLong(1, id);
            try (java.sql.ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                assertEquals(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest(secret.getBytes(StandardCharsets.US_ASCII))), r.getString(1), "kept as its SHA-256");
                assertEquals(secret.substring(0, 10), r.getString(2), "and the first characters, to recognise it");
            }
        }
        HttpRequest.Builder bearer = HttpRequest.newBuilder(URI.create(BASE + "/me")).header("Authorization",
                "Bearer " + secret).timeout(Duration.ofSeconds(60));
        assertEquals(200, HttpClient.newHttpClient().send(bearer.build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(1, update("update api_token set expires_at = ? where id = ?",
                Timestamp.from(Instant.now().minusSeconds(1)), id));
        HttpResponse<String> late = HttpClient.newHttpClient().send(bearer.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, late.statusCode(), late.body());
        assertTrue(call("GET", "/me/tokens", "agent3", null).body().contains("\"EXPIRED\""));
    }
}
