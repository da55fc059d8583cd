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
 * An administrator of one employer acts only on what belongs to it: an account shared with another employer can
 * be detached from theirs, nothing more (no role, password or activation change); the audit events of no
 * employer (unknown logins, refused tokens) are the platform's, shown only to an administrator of every employer.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TenantAdminIT {

    @Deployment(testable = false)
    static EnterpriseArchive app() {
        return Deployments.application();
    }

    private static final String PASSWORD = "Girouette-Plancton-Ruisseau-7";
    private final String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36);

    private static Http.Reply as(String login, String method, String path, String json) {
        HttpRequest.Builder b = Http.request(path, null).header("Authorization", Http.basic(login, PASSWORD));
        if (json == null) {
            return Http.send(b.method(method, HttpRequest.BodyPublishers.noBody()).build());
        }
        return Http.send(b.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static long create(String json) {
        Http.Reply r = Http.post("/api/v1/accounts", "admin", "application/json", json.getBytes(StandardCharsets.UTF_8));
        assertEquals(201, r.status(), r.body());
        return JsonBodies.object(r.body()).getJsonNumber("id").longValue();
    }

    @Test
    void aSharedAccountCanOnlyBeDetachedByTheAdministratorOfOneOfItsEmployers() {
        List<JsonObject> employers = JsonBodies.object(Http.get("/api/v1/me", "admin").body()).getJsonArray("employers")
                .getValuesAs(JsonObject.class);
        long demoville = employers.stream().filter(e -> e.getString("name").contains("Démoville")).findFirst()
                .orElseThrow().getJsonNumber("id").longValue();
        long val = employers.stream().filter(e -> e.getString("name").contains("Val")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        String local = "adm" + suffix;
        create("{\"login\":\"" + local + "\",\"roles\":[\"ADMIN\"],\"employerIds\":[" + demoville + "],\"password\":\""
                + PASSWORD + "\"}");
        long shared = create("{\"login\":\"shared" + suffix + "\",\"roles\":[\"EMPLOYEE\"],\"employerIds\":["
                + demoville + "," + val + "],\"password\":\"" + PASSWORD + "\"}");
        long own = create("{\"login\":\"own" + suffix + "\",\"roles\":[\"EMPLOYEE\"],\"employerIds\":[" + demoville
                + "],\"password\":\"" + PASSWORD + "\"}");

        Http.Reply seen = as(local, "GET", "/api/v1/accounts/" + shared, null);
        assertEquals(200, seen.status(), seen.body());
        long version = JsonBodies.object(seen.body()).getJsonNumber("version").longValue();
        String base = "\"login\":\"shared" + suffix + "\",\"version\":" + version;
        for (String change : List.of(
                "\"roles\":[\"ADMIN\"],\"employerIds\":[" + demoville + "]",
                "\"roles\":[\"EMPLOYEE\"],\"employerIds\":[" + demoville + "],\"password\":\"Autre-Mot-De-Passe-Long-9\"",
                "\"roles\":[\"EMPLOYEE\"],\"employerIds\":[" + demoville + "],\"displayName\":\"Quelqu'un d'autre\"")) {
            Http.Reply refused = as(local, "PUT", "/api/v1/accounts/" + shared, "{" + base + "," + change + "}");
            assertEquals(403, refused.status(), change + ": " + refused.body());
            assertEquals("account.sharedElsewhere", JsonBodies.object(refused.body()).getString("key"));
        }
        assertEquals(403, as(local, "POST", "/api/v1/accounts/" + shared + "/deactivate", null).status());
        assertEquals(200, Http.send(Http.request("/api/v1/me", null).header("Authorization",
                Http.basic("shared" + suffix, PASSWORD)).GET().build()).status(), "still active, password unchanged");

        // detaching it from Démoville is this administrator's to do; the other employer keeps it
        long now = JsonBodies.object(as(local, "GET", "/api/v1/accounts/" + shared, null).body())
                .getJsonNumber("version").longValue(); // its login just now was recorded
        Http.Reply detached = as(local, "PUT", "/api/v1/accounts/" + shared, "{\"login\":\"shared" + suffix
                + "\",\"version\":" + now + ",\"roles\":[\"EMPLOYEE\"],\"employerIds\":[]}");
        assertEquals(200, detached.status(), detached.body());
        assertEquals("[" + val + "]", JsonBodies.object(detached.body()).getJsonArray("employerIds").toString());
        assertEquals(404, as(local, "GET", "/api/v1/accounts/" + shared, null).status(), "no longer theirs");
        assertEquals(200, Http.get("/api/v1/accounts/" + shared, "admin").status());

        // an account of its own employer only: everything as before
        long ownVersion = JsonBodies.object(as(local, "GET", "/api/v1/accounts/" + own, null).body())
                .getJsonNumber("version").longValue();
        Http.Reply changed = as(local, "PUT", "/api/v1/accounts/" + own, "{\"login\":\"own" + suffix + "\",\"version\":"
                + ownVersion + ",\"roles\":[\"EMPLOYEE\",\"MANAGER\"],\"employerIds\":[" + demoville + "]}");
        assertEquals(200, changed.status(), changed.body());
        assertEquals(204, as(local, "POST", "/api/v1/accounts/" + own + "/deactivate", null).status());

        // events of no employer: the platform's
        assertEquals(401, Http.send(Http.request("/api/v1/me", null).header("Authorization", "Bearer hrd_"
                + "B".repeat(43)).GET().build()).status());
        String platform = Http.get("/api/v1/audit/events?action=API_TOKEN_USE&max=50", "admin").body();
        assertTrue(platform.contains("unknown token"), platform);
        Http.Reply tenant = as(local, "GET", "/api/v1/audit/events?action=API_TOKEN_USE&max=50", null);
        assertEquals(200, tenant.status(), tenant.body());
        assertFalse(tenant.body().contains("unknown token"), "not for an administrator of one employer: " + tenant.body());
    }
}
