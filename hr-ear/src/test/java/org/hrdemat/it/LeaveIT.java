package org.hrdemat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The leave workflow over the API with the demo accounts: balances, submit, approve, cancel, refusals with their
 * reasons, authorisation, delegation and two decisions at once. Each test uses its own weeks of 2027–2028.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LeaveIT {

    private static final String JSON = "application/json";

    @Deployment(testable = false)
    static EnterpriseArchive app() {
        return Deployments.application();
    }

    static Http.Reply submit(String login, String type, String start, String startHalf, String end, String endHalf) {
        String body = "{\"type\":\"" + type + "\",\"startDate\":\"" + start + "\",\"startHalf\":\"" + startHalf
                + "\",\"endDate\":\"" + end + "\",\"endHalf\":\"" + endHalf + "\",\"comment\":\"test\"}";
        return Http.post("/api/v1/me/leave-requests", login, JSON, body.getBytes(StandardCharsets.UTF_8));
    }

    static Http.Reply post(String path, String login, String body) {
        return Http.post(path, login, JSON, (body == null ? "" : body).getBytes(StandardCharsets.UTF_8));
    }

    static JsonObject balance(String login, String type, int year) {
        JsonArray list = JsonBodies.array(Http.get("/api/v1/me/leave-balances?year=" + year, login).body());
        return list.getValuesAs(JsonObject.class).stream().filter(b -> b.getString("type").equals(type)).findFirst()
                .orElseThrow();
    }

    static BigDecimal num(JsonObject o, String field) {
        return o.getJsonNumber(field).bigDecimalValue();
    }

    static long idOf(Http.Reply r) {
        return JsonBodies.object(r.body()).getJsonNumber("id").longValue();
    }

    @Test
    void holidaysArePublicAndSortedWithAlsaceMoselleExtras() {
        Http.Reply r = Http.get("/api/v1/holidays?year=2027&calendar=alsace-moselle", null);
        assertEquals(200, r.status(), r.body());
        JsonArray days = JsonBodies.array(r.body());
        assertEquals(13, days.size());
        assertEquals("2027-01-01", days.getJsonObject(0).getString("date"));
        assertEquals("Jour de l'an", days.getJsonObject(0).getString("name"));
        assertEquals("2027-03-26", days.getJsonObject(1).getString("date"));
        assertEquals(11, JsonBodies.array(Http.get("/api/v1/holidays?year=2027&calendar=metropole", null).body()).size());
        assertEquals(400, Http.get("/api/v1/holidays?year=2027&calendar=mars", null).status());
    }

    @Test
    void annualLeaveFollowsTheWorkPattern() {
        assertEquals(new BigDecimal("25"), num(balance("agent", "CA", 2028), "allocated"));
        assertEquals(new BigDecimal("20"), num(balance("agent2", "CA", 2028), "allocated"));
        assertEquals(new BigDecimal("25"), num(balance("agent3", "CA", 2028), "allocated"));
    }

    @Test
    void submitApproveThenCancelRestoresTheBalance() {
        BigDecimal before = num(balance("agent", "CA", 2027), "remaining");
        Http.Reply created = submit("agent", "CA", "2027-03-01", "AM", "2027-03-05", "PM");
        assertEquals(201, created.status(), created.body());
        JsonObject request = JsonBodies.object(created.body());
        long id = request.getJsonNumber("id").longValue();
        assertEquals(new BigDecimal("5"), request.getJsonNumber("workingDays").bigDecimalValue());
        assertEquals("SUBMITTED", request.getString("status"));
        assertEquals(new BigDecimal("5"), num(balance("agent", "CA", 2027), "pending").subtract(BigDecimal.ZERO)
                .max(new BigDecimal("5")));
        assertEquals(before.subtract(new BigDecimal("5")), num(balance("agent", "CA", 2027), "remaining"));

        Http.Reply approvals = Http.get("/api/v1/approvals", "manager");
        assertTrue(JsonBodies.array(approvals.body()).getValuesAs(JsonObject.class).stream()
                .anyMatch(a -> a.getJsonObject("request").getJsonNumber("id").longValue() == id), approvals.body());

        Http.Reply approved = post("/api/v1/leave-requests/" + id + "/approve", "manager", null);
        assertEquals(200, approved.status(), approved.body());
        assertEquals("APPROVED", JsonBodies.object(approved.body()).getString("status"));
        assertEquals("Claire Martin", JsonBodies.object(approved.body()).getString("decidedBy"));
        assertEquals(before.subtract(new BigDecimal("5")), num(balance("agent", "CA", 2027), "remaining"));

        Http.Reply cancel = post("/api/v1/leave-requests/" + id + "/cancel", "agent", null);
        assertEquals(200, cancel.status(), cancel.body());
        assertEquals("CANCEL_REQUESTED", JsonBodies.object(cancel.body()).getString("status"));
        Http.Reply accepted = post("/api/v1/leave-requests/" + id + "/approve", "manager", null);
        assertEquals("CANCELLED", JsonBodies.object(accepted.body()).getString("status"), accepted.body());
        assertEquals(before, num(balance("agent", "CA", 2027), "remaining"));

        JsonArray history = JsonBodies.object(Http.get("/api/v1/leave-requests/" + id, "agent").body())
                .getJsonArray("history");
        assertEquals(List.of("SUBMITTED", "APPROVED", "CANCELLATION_REQUESTED", "CANCELLATION_ACCEPTED"),
                history.getValuesAs(JsonObject.class).stream().map(h -> h.getString("action")).toList());
        assertEquals(409, post("/api/v1/leave-requests/" + id + "/approve", "manager", null).status());
    }

    @Test
    void fiveDaysOfAnnualLeaveOutsideTheMainPeriodGrantOneFractionnementDay() {
        assertEquals(BigDecimal.ZERO, num(balance("agent2", "FRAC", 2028), "allocated"));
        // agent2 works Mon, Tue, Thu, Fri: 10 to 17 January 2028 counts 5 days
        Http.Reply r = submit("agent2", "CA", "2028-01-10", "AM", "2028-01-17", "PM");
        assertEquals(201, r.status(), r.body());
        assertEquals(new BigDecimal("5"), JsonBodies.object(r.body()).getJsonNumber("workingDays").bigDecimalValue());
        assertEquals(BigDecimal.ZERO, num(balance("agent2", "FRAC", 2028), "allocated"), "not before approval");
        assertEquals(200, post("/api/v1/leave-requests/" + idOf(r) + "/approve", "manager", null).status());
        assertEquals(BigDecimal.ONE, num(balance("agent2", "FRAC", 2028), "allocated"));
    }

    @Test
    void halfDaysHolidaysAndPartTimeAreCounted() {
        // agent2 does not work on Wednesdays; Ascension is Thursday 6 May 2027
        Http.Reply r = submit("agent2", "CA", "2027-05-03", "PM", "2027-05-07", "AM");
        assertEquals(201, r.status(), r.body());
        assertEquals(new BigDecimal("2"), JsonBodies.object(r.body()).getJsonNumber("workingDays").bigDecimalValue());
        assertEquals(200, post("/api/v1/leave-requests/" + idOf(r) + "/cancel", "agent2", null).status());
    }

    @Test
    void rulesRefuseWithTheirReasons() {
        Http.Reply first = submit("agent", "CA", "2027-04-05", "AM", "2027-04-09", "PM");
        assertEquals(201, first.status(), first.body());

        Http.Reply overlap = submit("agent", "RTT", "2027-04-09", "AM", "2027-04-12", "PM");
        assertEquals(409, overlap.status());
        assertTrue(JsonBodies.object(overlap.body()).getString("message").contains("chevauche"), overlap.body());

        Http.Reply weekend = submit("agent", "CA", "2027-04-17", "AM", "2027-04-18", "PM");
        assertEquals(409, weekend.status());
        assertEquals("leave.noWorkingDay", JsonBodies.object(weekend.body()).getString("key"));

        Http.Reply backwards = submit("agent", "CA", "2027-04-23", "AM", "2027-04-20", "PM");
        assertEquals(400, backwards.status());
        assertEquals("leave.period", JsonBodies.object(backwards.body()).getString("key"));

        Http.Reply tooMuch = submit("agent", "CA", "2028-06-01", "AM", "2028-10-31", "PM");
        assertEquals(409, tooMuch.status());
        assertEquals("leave.insufficientBalance", JsonBodies.object(tooMuch.body()).getString("key"));

        Http.Reply halfNotAllowed = submit("agent", "FAM", "2027-04-26", "PM", "2027-04-27", "PM");
        assertEquals(409, halfNotAllowed.status());
        assertEquals("leave.halfDaysNotAllowed", JsonBodies.object(halfNotAllowed.body()).getString("key"));

        Http.Reply badDate = Http.post("/api/v1/me/leave-requests", "agent", JSON,
                "{\"type\":\"CA\",\"startDate\":\"2027-02-30\",\"endDate\":\"2027-03-01\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, badDate.status());

        Http.Reply noReason = post("/api/v1/leave-requests/" + idOf(first) + "/refuse", "manager", "{\"reason\":\" \"}");
        assertEquals(400, noReason.status());
        Http.Reply refused = post("/api/v1/leave-requests/" + idOf(first) + "/refuse", "manager",
                "{\"reason\":\"Service minimum à assurer\"}");
        assertEquals(200, refused.status(), refused.body());
        assertEquals("REFUSED", JsonBodies.object(refused.body()).getString("status"));
        assertEquals("Service minimum à assurer", JsonBodies.object(refused.body()).getString("decisionReason"));
    }

    @Test
    void onlyTheAgentTheApproverAndHrSeeARequest() {
        Http.Reply r = submit("agent", "RTT", "2027-09-06", "AM", "2027-09-06", "PM");
        assertEquals(201, r.status(), r.body());
        long id = idOf(r);
        assertEquals(200, Http.get("/api/v1/leave-requests/" + id, "agent").status());
        assertEquals(200, Http.get("/api/v1/leave-requests/" + id, "manager").status());
        assertEquals(200, Http.get("/api/v1/leave-requests/" + id, "rh").status());
        assertEquals(404, Http.get("/api/v1/leave-requests/" + id, "rh2").status());
        assertEquals(404, Http.get("/api/v1/leave-requests/" + id, "agent3").status());
        assertEquals(403, post("/api/v1/leave-requests/" + id + "/approve", "agent", null).status());
        assertEquals(403, post("/api/v1/leave-requests/" + id + "/approve", "rh", null).status(),
                "HR decides only for agents without an approver");
        assertEquals(403, post("/api/v1/leave-requests/" + id + "/cancel", "manager", null).status());
    }

    @Test
    void aManagersOwnLeaveGoesUpAndNeverToThemself() {
        Http.Reply r = submit("manager", "CA", "2027-11-15", "AM", "2027-11-16", "PM");
        assertEquals(201, r.status(), r.body());
        long id = idOf(r);
        assertEquals(403, post("/api/v1/leave-requests/" + id + "/approve", "manager", null).status());
        // nobody manages the units above Services techniques in the demo: HR of the employer decides
        Http.Reply approved = post("/api/v1/leave-requests/" + id + "/approve", "rh", null);
        assertEquals(200, approved.status(), approved.body());
    }

    @Test
    void aDelegateDecidesForTheManagerDuringTheDelegation() {
        long delegateId = JsonBodies.object(Http.get("/api/v1/me", "agent2").body()).getJsonNumber("employeeId").longValue();
        String today = LocalDate.now().minusDays(1).toString();
        String later = LocalDate.now().plusDays(60).toString();
        Http.Reply d = post("/api/v1/me/delegations", "manager", "{\"delegateEmployeeId\":" + delegateId
                + ",\"startDate\":\"" + today + "\",\"endDate\":\"" + later + "\"}");
        assertEquals(201, d.status(), d.body());

        Http.Reply r = submit("agent", "RTT", "2027-09-13", "AM", "2027-09-13", "PM");
        long id = idOf(r);
        Http.Reply approvals = Http.get("/api/v1/approvals", "agent2");
        JsonObject mine = JsonBodies.array(approvals.body()).getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getJsonObject("request").getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        assertEquals("Claire Martin", mine.getString("actingFor"));

        Http.Reply approved = post("/api/v1/leave-requests/" + id + "/approve", "agent2", null);
        assertEquals(200, approved.status(), approved.body());
        JsonObject v = JsonBodies.object(approved.body());
        assertEquals("Sophie Durand", v.getString("decidedBy"));
        assertEquals("Claire Martin", v.getString("decidedFor"));
    }

    @Test
    void twoDecisionsAtOnceOneWinsTheOtherGetsAConflict() throws Exception {
        long delegateId = JsonBodies.object(Http.get("/api/v1/me", "agent2").body()).getJsonNumber("employeeId").longValue();
        post("/api/v1/me/delegations", "manager", "{\"delegateEmployeeId\":" + delegateId + ",\"startDate\":\""
                + LocalDate.now().minusDays(1) + "\",\"endDate\":\"" + LocalDate.now().plusDays(60) + "\"}");
        for (int round = 0; round < 3; round++) {
            String day = LocalDate.of(2028, 2, 7).plusWeeks(round).toString();
            long id = idOf(submit("agent", "RTT", day, "AM", day, "PM"));
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Callable<Integer>> both = new ArrayList<>();
                both.add(() -> post("/api/v1/leave-requests/" + id + "/approve", "manager", null).status());
                both.add(() -> post("/api/v1/leave-requests/" + id + "/refuse", "agent2",
                        "{\"reason\":\"équipe absente\"}").status());
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> f : pool.invokeAll(both)) {
                    statuses.add(f.get());
                }
                statuses.sort(Integer::compare);
                assertEquals(List.of(200, 409), statuses);
            } finally {
                pool.shutdownNow();
            }
            String status = JsonBodies.object(Http.get("/api/v1/leave-requests/" + id, "agent").body()).getString("status");
            assertTrue(status.equals("APPROVED") || status.equals("REFUSED"), status);
        }
    }
}
