package org.hrdemat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Personal access tokens: made with the password (never with a token), shown once, sent as Bearer; a read-only
 * one only reads; what a token does is named in the audit; revoked (by its owner, or by the administrator for
 * the whole account) it opens nothing. Unknown, revoked and malformed tokens get the same 401.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiTokenIT {

    @Deployment(testable = false)
    static EnterpriseArchive app() {
        return Deployments.application();
    }

    static Http.Reply create(String login, String json) {
        return Http.post("/api/v1/me/tokens", login, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    static HttpRequest.Builder bearer(String path, String secret) {
        return Http.request(path, null).header("Authorization", "Bearer " + secret);
    }

    static Http.Reply get(String path, String secret) {
        return Http.send(bearer(path, secret).GET().build());
    }

    @Test
    void aTokenActsForItsOwnerAndIsShownOnce() {
        Http.Reply made = create("agent3", "{\"name\":\"Tableur de suivi\",\"days\":30}");
        assertEquals(201, made.status(), made.body());
        JsonObject created = JsonBodies.object(made.body());
        String secret = created.getString("secret");
        JsonObject token = created.getJsonObject("token");
        long id = token.getJsonNumber("id").longValue();
        assertTrue(secret.startsWith("hrd_") && secret.length() == 47, secret);
        assertEquals("ACTIVE", token.getString("status"));
        assertFalse(token.getBoolean("readOnly"));
        assertTrue(token.getString("hint").startsWith(secret.substring(0, 10)), token.toString());

        Http.Reply payslips = get("/api/v1/me/payslips", secret);
        assertEquals(200, payslips.status(), payslips.body());
        assertEquals(Http.get("/api/v1/me/payslips", "agent3").body(), payslips.body(), "the same as with the password");
        JsonObject me = JsonBodies.object(get("/api/v1/me", secret).body());
        assertEquals("agent3", me.getString("login"));

        // listed again without its secret, its use recorded
        Http.Reply list = get("/api/v1/me/tokens", secret);
        assertEquals(200, list.status(), list.body());
        assertFalse(list.body().contains(secret.substring(10)), "the secret is never given again");
        JsonObject listed = JsonBodies.array(list.body()).getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        assertFalse(listed.isNull("lastUsedAt"), listed.toString());

        // a write through the token, attributed to it in the audit
        boolean paper = JsonBodies.object(get("/api/v1/me/payslip-preference", secret).body()).getBoolean("paper");
        Http.Reply same = Http.send(bearer("/api/v1/me/payslip-preference", secret)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"paper\":" + paper + "}")).build());
        assertEquals(200, same.status(), same.body());
        List<JsonObject> events = JsonBodies.array(Http.get(
                "/api/v1/audit/events?action=PAYSLIP_PAPER_CHOICE&actor=agent3&max=5", "admin").body())
                .getValuesAs(JsonObject.class);
        assertTrue(events.get(0).getString("details").startsWith("via API token " + id + " «Tableur de suivi»"),
                events.toString());

        // a token cannot make tokens (a stolen one would outlive its expiry)
        Http.Reply again = Http.send(bearer("/api/v1/me/tokens", secret).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"encore\"}")).build());
        assertEquals(403, again.status(), again.body());
        assertEquals("token.notWithToken", JsonBodies.object(again.body()).getString("key"));

        // another account cannot revoke it; its owner can, and then it opens nothing
        assertEquals(404, Http.send(Http.request("/api/v1/me/tokens/" + id, "agent").DELETE().build()).status());
        Http.Reply revoked = Http.send(bearer("/api/v1/me/tokens/" + id, secret).DELETE().build());
        assertEquals(200, revoked.status(), revoked.body());
        assertEquals("REVOKED", JsonBodies.object(revoked.body()).getString("status"));
        Http.Reply refused = get("/api/v1/me/payslips", secret);
        assertEquals(401, refused.status());
        assertEquals("token.invalid", JsonBodies.object(refused.body()).getString("key"));
        assertTrue(refused.raw().headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer "),
                refused.raw().headers().map().toString());
    }

    @Test
    void aReadOnlyTokenOnlyReads() {
        JsonObject created = JsonBodies.object(create("agent3", "{\"name\":\"Lecture\",\"days\":7,\"readOnly\":true}")
                .body());
        String secret = created.getString("secret");
        assertTrue(created.getJsonObject("token").getBoolean("readOnly"));
        Http.Reply before = get("/api/v1/me/payslip-preference", secret);
        assertEquals(200, before.status(), before.body());
        Http.Reply write = Http.send(bearer("/api/v1/me/payslip-preference", secret)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"paper\":true}")).build());
        assertEquals(403, write.status(), write.body());
        assertEquals("token.readOnly", JsonBodies.object(write.body()).getString("key"));
        assertEquals(before.body(), get("/api/v1/me/payslip-preference", secret).body(), "nothing changed");
        Http.Reply delete = Http.send(bearer("/api/v1/me/tokens/" + created.getJsonObject("token")
                .getJsonNumber("id"), secret).DELETE().build());
        assertEquals(403, delete.status(), "not even revoking: the owner does it with the password");
    }

    @Test
    void unknownAndMalformedTokensAreRefusedAlikeAndBadRequestsNamed() {
        String unknown = "hrd_" + "A".repeat(43);
        Http.Reply a = get("/api/v1/me", unknown);
        Http.Reply b = get("/api/v1/me", "not-a-token");
        Http.Reply c = get("/api/v1/me", "");
        assertEquals(401, a.status());
        assertEquals(a.body(), b.body());
        assertEquals(401, c.status());
        assertEquals(400, create("agent3", "{\"name\":\"  \"}").status());
        assertEquals(400, create("agent3", "{\"name\":\"x\\u0007\"}").status(), "a control character");
        assertEquals("token.name", JsonBodies.object(create("agent3", "{\"name\":\"" + "n".repeat(101) + "\"}").body())
                .getString("key"));
        assertEquals("token.life", JsonBodies.object(create("agent3", "{\"name\":\"x\",\"days\":0}").body()).getString("key"));
        assertEquals("token.life", JsonBodies.object(create("agent3", "{\"name\":\"x\",\"days\":367}").body()).getString("key"));
        assertEquals(400, create("agent3", "{\"name\":\"x\",\"days\":\"30\"}").status(), "a number, not a string");
        assertEquals(400, create("agent3", "{\"name\":\"x\",\"readOnly\":\"yes\"}").status());
        // a bearer on a page is no way in: the pages are for the browser session
        Http.Reply page = Http.send(Http.request("/index.xhtml", null).header("Authorization", "Bearer " + unknown)
                .header("Accept", "text/html").GET().build());
        assertEquals(302, page.status(), "sent to the login page");
    }

    @Test
    void theAdministratorSeesAndRevokesAnAccountsTokens() {
        JsonObject created = JsonBodies.object(create("agent2", "{\"name\":\"Fuite\"}").body());
        String secret = created.getString("secret");
        assertEquals(200, get("/api/v1/me", secret).status());
        long account = JsonBodies.array(Http.get("/api/v1/accounts", "admin").body()).getValuesAs(JsonObject.class)
                .stream().filter(x -> x.getString("login").equals("agent2")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        Http.Reply tokens = Http.get("/api/v1/accounts/" + account + "/tokens", "admin");
        assertEquals(200, tokens.status(), tokens.body());
        assertTrue(tokens.body().contains("\"Fuite\""), tokens.body());
        assertFalse(tokens.body().contains(secret.substring(10)));
        assertEquals(403, Http.get("/api/v1/accounts/" + account + "/tokens", "rh").status(), "ADMIN only");
        Http.Reply revoked = Http.post("/api/v1/accounts/" + account + "/revoke-tokens", "admin", "application/json",
                new byte[0]);
        assertEquals(200, revoked.status(), revoked.body());
        assertTrue(JsonBodies.object(revoked.body()).getInt("revoked") >= 1, revoked.body());
        assertEquals(401, get("/api/v1/me", secret).status());
    }
}
