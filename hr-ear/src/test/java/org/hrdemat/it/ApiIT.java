package org.hrdemat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The JSON API over HTTP against the deployed EAR: authentication, per-employer authorisation, errors. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive app() {
        return Deployments.application();
    }

    private static long employerIdOf(String login) {
        return JsonBodies.object(Http.get("/api/v1/me", login).body()).getJsonObject("employer").getJsonNumber("id")
                .longValue();
    }

    @Test
    void unauthenticatedCallGets401WithAJsonMessage() {
        Http.Reply r = Http.get("/api/v1/me", null);
        assertEquals(401, r.status());
        assertTrue(r.raw().headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertEquals("Authentification requise.", JsonBodies.object(r.body()).getString("message"));
    }

    @Test
    void wrongPasswordGets401() {
        Http.Reply r = Http.send(Http.request("/api/v1/me", null).header("Authorization",
                Http.basic("rh", "wrong-password")).GET().build());
        assertEquals(401, r.status());
    }

    @Test
    void meDescribesTheAgent() {
        Http.Reply r = Http.get("/api/v1/me", "agent");
        assertEquals(200, r.status(), r.body());
        JsonObject me = JsonBodies.object(r.body());
        assertEquals("agent", me.getString("login"));
        assertEquals("A001", me.getString("matricule"));
        assertEquals("Commune de Démoville", me.getJsonObject("employer").getString("name"));
        assertEquals(Set.of("EMPLOYEE"), me.getJsonArray("roles").getValuesAs(JsonValue::toString).stream()
                .map(s -> s.replace("\"", "")).collect(Collectors.toSet()));
        assertFalse(me.isNull("employeeId"));
    }

    @Test
    void hrListsOnlyTheAgentsOfItsEmployer() {
        Http.Reply r = Http.get("/api/v1/employees", "rh");
        assertEquals(200, r.status(), r.body());
        JsonArray list = JsonBodies.array(r.body());
        Set<String> matricules = list.getValuesAs(JsonObject.class).stream().map(o -> o.getString("matricule"))
                .collect(Collectors.toSet());
        assertTrue(matricules.containsAll(Set.of("A001", "A002", "M001")), matricules::toString);
        assertFalse(matricules.contains("V001"));
        long demoville = employerIdOf("rh");
        assertTrue(list.getValuesAs(JsonObject.class).stream()
                .allMatch(o -> o.getJsonNumber("employerId").longValue() == demoville));
        JsonObject agent2 = list.getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("matricule").equals("A002")).findFirst().orElseThrow();
        assertEquals(80, agent2.getInt("quotite"));
        assertFalse(agent2.getJsonArray("workDays").toString().contains("WEDNESDAY"));
        assertEquals("Direction générale > Services techniques", agent2.getString("orgUnit"));
    }

    @Test
    void hrOfAnotherEmployerGets404ByIdAndTheAttemptIsAudited() {
        long agentId = JsonBodies.object(Http.get("/api/v1/me", "agent").body()).getJsonNumber("employeeId").longValue();
        assertEquals(200, Http.get("/api/v1/employees/" + agentId, "rh").status());

        Http.Reply denied = Http.get("/api/v1/employees/" + agentId, "rh2");
        assertEquals(404, denied.status());
        assertEquals("error.notFound", JsonBodies.object(denied.body()).getString("key"));

        Http.Reply otherList = Http.get("/api/v1/employees?employer=" + employerIdOf("rh"), "rh2");
        assertEquals(404, otherList.status());

        Http.Reply events = Http.get("/api/v1/audit/events?action=ACCESS_DENIED&actor=rh2", "admin");
        assertEquals(200, events.status(), events.body());
        assertTrue(JsonBodies.array(events.body()).getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> ("employee:" + agentId).equals(e.getString("target", null))
                        && "DENIED".equals(e.getString("outcome"))), events.body());
    }

    @Test
    void unknownIdIs404AndAgentMayNotListEmployees() {
        assertEquals(404, Http.get("/api/v1/employees/999999", "rh").status());
        Http.Reply notANumber = Http.get("/api/v1/employees/abc", "rh");
        assertEquals(404, notANumber.status());
        assertEquals(403, Http.get("/api/v1/employees", "agent").status());
        assertEquals(403, Http.get("/api/v1/audit/verify", "rh").status());
    }

    @Test
    void agentReadsOwnRecordButNotAColleagues() {
        long own = JsonBodies.object(Http.get("/api/v1/me", "agent").body()).getJsonNumber("employeeId").longValue();
        long colleague = JsonBodies.object(Http.get("/api/v1/me", "agent2").body()).getJsonNumber("employeeId")
                .longValue();
        assertEquals(200, Http.get("/api/v1/employees/" + own, "agent").status());
        assertEquals(404, Http.get("/api/v1/employees/" + colleague, "agent").status());
    }

    @Test
    void errorsSpeakTheCallersLanguage() {
        Http.Reply en = Http.get("/api/v1/employees/999999", "rh", "en-GB,en;q=0.8");
        assertEquals("Not found.", JsonBodies.object(en.body()).getString("message"));
        Http.Reply fr = Http.get("/api/v1/employees/999999", "rh", "fr-FR");
        assertEquals("Introuvable.", JsonBodies.object(fr.body()).getString("message"));
    }

    @Test
    void auditChainVerifiesForAdmin() {
        Http.Reply r = Http.get("/api/v1/audit/verify", "admin");
        assertEquals(200, r.status(), r.body());
        JsonObject v = JsonBodies.object(r.body());
        assertTrue(v.getBoolean("valid"), r.body());
        assertTrue(v.getJsonNumber("checkedEvents").longValue() > 0);
    }

    @Test
    void adminCreatesAccountsWithFieldMessagesAndOthersCannot() {
        byte[] weak = "{\"login\":\"newuser1\",\"roles\":[\"EMPLOYEE\"],\"password\":\"short\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Http.Reply r = Http.post("/api/v1/accounts", "admin", "application/json", weak);
        assertEquals(400, r.status(), r.body());
        assertEquals("password.tooShort", JsonBodies.object(r.body()).getString("key"));
        byte[] taken = "{\"login\":\"agent\",\"roles\":[\"EMPLOYEE\"],\"password\":\"demo12345\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(409, Http.post("/api/v1/accounts", "admin", "application/json", taken).status());
        assertEquals(403, Http.post("/api/v1/accounts", "rh", "application/json", weak).status());
    }

    @Test
    void openApiDocumentDescribesTheApi() {
        Http.Reply r = Http.send(Http.request("/openapi", null).header("Accept", "application/json").GET().build());
        assertEquals(200, r.status());
        assertTrue(r.body().contains("/api/v1/employees/{id}"), r.body());
        assertTrue(r.body().contains("/api/v1/me"));
    }
}
