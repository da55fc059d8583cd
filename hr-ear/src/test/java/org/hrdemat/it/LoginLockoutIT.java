package org.hrdemat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Five failed logins lock the account: even the right password is refused afterwards, and each attempt is
 * audited. The account is created for the test (through the admin API), so no demo account gets locked.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginLockoutIT {

    @Deployment(testable = false)
    static EnterpriseArchive app() {
        return Deployments.application();
    }

    private final String login = "lock" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);

    private int call(String password) {
        return Http.send(Http.request("/api/v1/me", null).header("Authorization", Http.basic(login, password))
                .GET().build()).status();
    }

    @Test
    void fifthFailureLocksTheAccountAndTheRightPasswordNoLongerWorks() {
        Http.Reply created = Http.post("/api/v1/accounts", "admin", "application/json", ("{\"login\":\"" + login
                + "\",\"roles\":[\"EMPLOYEE\"],\"password\":\"demo1234\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(201, created.status(), created.body());
        assertEquals(200, call("demo1234"));
        for (int i = 0; i < 5; i++) {
            assertEquals(401, call("wrong-" + i));
        }
        assertEquals(401, call("demo1234"), "a locked account must refuse the right password");

        Http.Reply events = Http.get("/api/v1/audit/events?action=LOGIN&actor=" + login + "&max=20", "admin");
        assertEquals(200, events.status());
        var list = JsonBodies.array(events.body()).getValuesAs(JsonObject.class);
        assertTrue(list.stream().anyMatch(e -> "DENIED".equals(e.getString("outcome"))
                && e.getString("details", "").contains("locked")), events.body());
        assertTrue(list.stream().filter(e -> "FAILURE".equals(e.getString("outcome"))).count() >= 5, events.body());
        assertTrue(list.stream().anyMatch(e -> "SUCCESS".equals(e.getString("outcome"))), events.body());
    }
}
