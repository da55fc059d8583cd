package org.hrdemat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** HR adjustments, the XLSX export and the private ICS feeds, over HTTP. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LeaveHrIT {

    @Deployment(testable = false)
    static EnterpriseArchive app() {
        return Deployments.application();
    }

    private static long employeeId(String login) {
        return JsonBodies.object(Http.get("/api/v1/me", login).body()).getJsonNumber("employeeId").longValue();
    }

    @Test
    void hrAdjustsAnAllocationWithAReasonAndItIsAudited() {
        long agent = employeeId("agent");
        BigDecimal before = LeaveIT.num(LeaveIT.balance("agent", "CA", 2029), "allocated");
        Http.Reply noReason = LeaveIT.post("/api/v1/employees/" + agent + "/leave-balances/adjustments", "rh",
                "{\"type\":\"CA\",\"year\":2029,\"days\":2}");
        assertEquals(400, noReason.status(), noReason.body());
        assertEquals("leave.reasonRequired", JsonBodies.object(noReason.body()).getString("key"));
        Http.Reply ok = LeaveIT.post("/api/v1/employees/" + agent + "/leave-balances/adjustments", "rh",
                "{\"type\":\"CA\",\"year\":2029,\"days\":1.5,\"reason\":\"Report de l'année précédente\"}");
        assertEquals(200, ok.status(), ok.body());
        assertEquals(before.add(new BigDecimal("1.5")), LeaveIT.num(LeaveIT.balance("agent", "CA", 2029), "allocated"));
        assertEquals(404, LeaveIT.post("/api/v1/employees/" + agent + "/leave-balances/adjustments", "rh2",
                "{\"type\":\"CA\",\"year\":2029,\"days\":1,\"reason\":\"x\"}").status());
        assertEquals(403, LeaveIT.post("/api/v1/employees/" + agent + "/leave-balances/adjustments", "manager",
                "{\"type\":\"CA\",\"year\":2029,\"days\":1,\"reason\":\"x\"}").status());
        Http.Reply events = Http.get("/api/v1/audit/events?action=LEAVE_ADJUST", "admin");
        assertTrue(events.body().contains("Report de l'année précédente"), events.body());
    }

    @Test
    void hrExportsTheLeaveOfAPeriodToXlsx() throws Exception {
        Http.Reply r = LeaveIT.submit("agent2", "RTT", "2029-03-05", "AM", "2029-03-05", "PM");
        assertEquals(201, r.status(), r.body());
        HttpResponse<byte[]> xlsx = HttpClient.newHttpClient().send(
                Http.request("/api/v1/leave-export?from=2029-03-01&to=2029-03-31", "rh").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, xlsx.statusCode());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = wb.getSheetAt(0);
            assertEquals("Matricule", sheet.getRow(0).getCell(0).getStringCellValue());
            boolean found = false;
            for (Row row : sheet) {
                if (row.getRowNum() > 0 && "A002".equals(row.getCell(0).getStringCellValue())) {
                    found = true;
                    assertEquals("RTT", row.getCell(2).getStringCellValue());
                    assertEquals(1.0, row.getCell(7).getNumericCellValue());
                    assertEquals("SUBMITTED", row.getCell(8).getStringCellValue());
                }
            }
            assertTrue(found, "the request of A002 is exported");
        }
        assertEquals(403, Http.get("/api/v1/leave-export?from=2029-03-01&to=2029-03-31", "agent").status());
        assertEquals(400, Http.get("/api/v1/leave-export?from=2029-03-31&to=2029-03-01", "rh").status());
    }

    @Test
    void privateCalendarFeedShowsApprovedLeaveAsAllDayEventsAndCanBeRevoked() throws Exception {
        Http.Reply r = LeaveIT.submit("agent", "RTT", "2027-06-14", "AM", "2027-06-15", "PM");
        long id = LeaveIT.idOf(r);
        assertEquals(200, LeaveIT.post("/api/v1/leave-requests/" + id + "/approve", "manager", null).status());

        JsonObject feeds = JsonBodies.object(Http.get("/api/v1/me/calendar-feeds", "agent").body());
        String url = feeds.getString("agent");
        assertFalse(feeds.containsKey("team"), "an agent has no team feed");
        HttpResponse<String> ics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ics.statusCode(), ics.body());
        assertTrue(ics.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        assertTrue(ics.body().contains("DTSTART;VALUE=DATE:20270614\r\n"), ics.body());
        assertTrue(ics.body().contains("DTEND;VALUE=DATE:20270616\r\n"), ics.body());

        String team = JsonBodies.object(Http.get("/api/v1/me/calendar-feeds", "manager").body()).getString("team");
        String teamIcs = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(team)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(teamIcs.contains("Jean Dupont"), teamIcs);

        JsonObject renewed = JsonBodies.object(LeaveIT.post("/api/v1/me/calendar-feeds/agent/renew", "agent", null).body());
        assertFalse(renewed.getString("agent").equals(url));
        assertEquals(404, HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(200, HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(renewed.getString("agent")))
                .GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void cetOpensFeedsFromRttWithinTheRulesAndCarriesOver() {
        Http.Reply opened = LeaveIT.post("/api/v1/me/cet", "agent3", null);
        assertEquals(201, opened.status(), opened.body());
        assertEquals(409, LeaveIT.post("/api/v1/me/cet", "agent3", null).status());

        BigDecimal rttBefore = LeaveIT.num(LeaveIT.balance("agent3", "RTT", 2028), "remaining");
        Http.Reply fed = LeaveIT.post("/api/v1/me/cet/transfers", "agent3", "{\"from\":\"RTT\",\"year\":2028,\"days\":2.5}");
        assertEquals(200, fed.status(), fed.body());
        JsonObject st = JsonBodies.object(fed.body());
        assertEquals(new BigDecimal("2.5"), st.getJsonNumber("credited").bigDecimalValue());
        assertEquals(rttBefore.subtract(new BigDecimal("2.5")), LeaveIT.num(LeaveIT.balance("agent3", "RTT", 2028), "remaining"));
        assertEquals(new BigDecimal("2.5"), LeaveIT.num(LeaveIT.balance("agent3", "CET", 2029), "remaining"),
                "the CET carries over to the next year");
        JsonObject next = JsonBodies.object(Http.get("/api/v1/me/cet/statement?year=2029", "agent3").body());
        assertEquals(new BigDecimal("2.5"), next.getJsonNumber("opening").bigDecimalValue());

        Http.Reply caTooEarly = LeaveIT.post("/api/v1/me/cet/transfers", "agent3", "{\"from\":\"CA\",\"year\":2028,\"days\":1}");
        assertEquals(409, caTooEarly.status());
        assertEquals("cet.caMinimum", JsonBodies.object(caTooEarly.body()).getString("key"));
        Http.Reply notEnough = LeaveIT.post("/api/v1/me/cet/transfers", "agent3", "{\"from\":\"RTT\",\"year\":2028,\"days\":100}");
        assertEquals("cet.notEnough", JsonBodies.object(notEnough.body()).getString("key"), notEnough.body());
        long agent3 = employeeId("agent3");
        assertEquals(200, LeaveIT.post("/api/v1/employees/" + agent3 + "/leave-balances/adjustments", "rh2",
                "{\"type\":\"RTT\",\"year\":2028,\"days\":60,\"reason\":\"Rattrapage du cycle de travail\"}").status());
        Http.Reply ceiling = LeaveIT.post("/api/v1/me/cet/transfers", "agent3", "{\"from\":\"RTT\",\"year\":2028,\"days\":58}");
        assertEquals(409, ceiling.status(), ceiling.body());
        assertEquals("cet.ceiling", JsonBodies.object(ceiling.body()).getString("key"));
        Http.Reply full = LeaveIT.post("/api/v1/me/cet/transfers", "agent3", "{\"from\":\"RTT\",\"year\":2028,\"days\":57.5}");
        assertEquals(200, full.status(), full.body());
        assertEquals(new BigDecimal("60"), JsonBodies.object(full.body()).getJsonNumber("closing").bigDecimalValue());
        assertEquals(409, LeaveIT.post("/api/v1/me/cet/transfers", "agent2", "{\"from\":\"RTT\",\"year\":2028,\"days\":1}").status(),
                "no account, no transfer");
    }

    @Test
    void adminSetsTheRttOfTheWorkCycleAndAgentsGetItProrated() {
        JsonObject rtt = JsonBodies.array(Http.get("/api/v1/leave-types", "admin").body()).getValuesAs(JsonObject.class)
                .stream().filter(t -> t.getString("code").equals("RTT")).findFirst().orElseThrow();
        long version = rtt.getJsonNumber("version").longValue();
        String body = "{\"label\":\"RTT\",\"halfDaysAllowed\":true,\"rttDays\":20,\"active\":true,\"version\":" + version + "}";
        assertEquals(403, Http.send(Http.request("/api/v1/leave-types/RTT", "rh").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build()).status());
        Http.Reply set = Http.send(Http.request("/api/v1/leave-types/RTT", "admin").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build());
        assertEquals(200, set.status(), set.body());
        // agent2 works 80 %: 20 × 0.8 = 16 days
        assertEquals(new BigDecimal("16"), LeaveIT.num(LeaveIT.balance("agent2", "RTT", 2030), "allocated"));
        assertEquals(new BigDecimal("20"), LeaveIT.num(LeaveIT.balance("agent", "RTT", 2030), "allocated"));
        Http.Reply stale = Http.send(Http.request("/api/v1/leave-types/RTT", "admin").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build());
        assertEquals(409, stale.status(), "a stale version is refused");
    }
}
