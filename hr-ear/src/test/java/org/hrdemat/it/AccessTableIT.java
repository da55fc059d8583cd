package org.hrdemat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The README's API table, walked: every row of it is here with its "Who" cell exactly as the README says it, and the
 * endpoints of the row are called by each demo account (and without any) on real objects of the demo organisation.
 * Those the cell names must get past authorisation (any answer but 401, 403, 404 or a server error); every other
 * account must be refused (401, 403 or 404). A row added to, removed from or changed in the README without this
 * table, or a rule changed in the code without the README, fails here.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessTableIT {

    /** The demo accounts (see the README): who holds which role for which employer. */
    static final List<String> ACCOUNTS = List.of("admin", "rh", "manager", "agent", "agent2", "rh2", "agent3");
    static final Set<String> EVERYBODY = Set.copyOf(ACCOUNTS);
    /**
     * The caller's own things ({@code /me/…}, what the caller may decide): every account is answered about itself,
     * and an account without an agent record (the demo administrator) or without anything to decide gets nothing
     * (an empty list, or 409 "no agent record"), never someone else's.
     */
    static final Set<String> AGENTS = EVERYBODY;
    static final Set<String> HR = Set.of("rh", "rh2");
    /** The body of a multipart call without any part: past authorisation, a 400. */
    static final String MULTIPART = "--table--\r\n";
    /** A complete payroll import (a period and a PDF). */
    static final String PAYROLL = "--table\r\nContent-Disposition: form-data; name=\"period\"\r\n\r\n2017-10\r\n"
            + "--table\r\nContent-Disposition: form-data; name=\"file\"; filename=\"p.pdf\"\r\n"
            + "Content-Type: application/pdf\r\n\r\n%PDF-1.7\r\n--table--\r\n";
    /** The fields of a fixed-term contract. */
    static final String CDD = "{\"poste\":\"Table\",\"grade\":\"adjoint technique\",\"indice\":367,"
            + "\"debut\":\"2027-01-01\",\"fin\":\"2027-06-30\"}";
    /** Without an account at all. */
    static final String NOBODY = "(no login)";

    @Deployment(testable = false)
    static EnterpriseArchive app() {
        return Deployments.application();
    }

    /**
     * One call: who gets past authorisation, the others are refused. Those named send {@code json}, which is often
     * incomplete on purpose (a 400 shows they got past authorisation without changing anything); the others send
     * {@code refusedJson}, a complete request, so that only authorisation can stop them (input is checked before
     * the rules in several places). Ids in braces are filled in before calling.
     */
    record Probe(String method, String path, String json, String refusedJson, Set<String> allowed,
                 boolean anonymous) {
    }

    private static Probe get(String path, Set<String> allowed) {
        return new Probe("GET", path, null, null, allowed, false);
    }

    private static Probe call(String method, String path, String json, Set<String> allowed) {
        return new Probe(method, path, json, json, allowed, false);
    }

    private static Probe guarded(String method, String path, String json, String refusedJson, Set<String> allowed) {
        return new Probe(method, path, json, refusedJson, allowed, false);
    }

    private static Set<String> only(String... logins) {
        return Set.of(logins);
    }

    /** The README's rows: the first endpoint of the row, then its "Who" cell. */
    static Map<String, String> readmeRows() throws Exception {
        Path readme = Path.of(System.getProperty("hr.readme", "../README.md"));
        List<String> lines = Files.readAllLines(readme, StandardCharsets.UTF_8);
        int start = lines.indexOf("| Method and path | Who | What |");
        assertTrue(start >= 0, "the API table of the README");
        Map<String, String> rows = new LinkedHashMap<>();
        Pattern first = Pattern.compile("`([^`]+)`");
        for (int i = start + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            String[] cells = lines.get(i).split("(?<!\\\\)\\|");
            Matcher m = first.matcher(cells[1]);
            assertTrue(m.find(), lines.get(i));
            rows.put(m.group(1).trim(), cells[2].trim());
        }
        return rows;
    }

    private static long number(String json, String field) {
        return JsonBodies.object(json).getJsonNumber(field).longValue();
    }

    @Test
    void everyRowOfTheReadmeTableHoldsForEveryDemoAccount() throws Exception {
        // --- real objects of the demo organisation to call the endpoints on ---
        Map<String, String> ids = new LinkedHashMap<>();
        long agent = PersonnelFileIT.employeeId("A001");
        ids.put("agent", String.valueOf(agent));
        ids.put("demoville", String.valueOf(JsonBodies.object(Http.get("/api/v1/me", "rh").body())
                .getJsonObject("employer").getJsonNumber("id").longValue()));
        ids.put("account", String.valueOf(JsonBodies.array(Http.get("/api/v1/accounts", "admin").body())
                .getValuesAs(JsonObject.class).stream().filter(a -> a.getString("login").equals("agent"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue()));
        Http.Reply token = ApiTokenIT.create("agent", "{\"name\":\"table\",\"days\":1}");
        assertEquals(201, token.status(), token.body());
        ids.put("token", String.valueOf(JsonBodies.object(token.body()).getJsonObject("token")
                .getJsonNumber("id").longValue()));
        Http.Reply leave = LeaveIT.submit("agent2", "CA", "2027-11-29", "AM", "2027-11-29", "PM");
        assertEquals(201, leave.status(), leave.body());
        ids.put("leave", String.valueOf(number(leave.body(), "id")));
        Http.Reply run = PayslipIT.upload("rh", "2017-11", PayslipIT.bulk("Matricule : A001 novembre 2017"), "t.pdf");
        assertEquals(201, run.status(), run.body());
        long runId = number(run.body(), "id");
        assertEquals("READY", PayslipIT.waitUntilReady(runId).getString("status"));
        ids.put("run", String.valueOf(runId));
        ids.put("payslip", String.valueOf(JsonBodies.array(Http.get("/api/v1/payroll-runs/" + runId + "/payslips",
                "rh").body()).getJsonObject(0).getJsonNumber("id").longValue()));
        assertEquals(200, Http.post("/api/v1/payroll-runs/" + runId + "/publish", "rh", "application/json",
                new byte[0]).status());
        JsonObject file = JsonBodies.object(Http.get("/api/v1/employees/" + agent + "/file", "rh").body());
        ids.put("document", String.valueOf(PersonnelFileIT.documents(file).get(0).getJsonNumber("id").longValue()));
        long contract = SignatureIT.contractFor("A001", "Agent d'accueil (table des droits)");
        ids.put("contract", String.valueOf(contract));
        ids.put("signature", String.valueOf(SignatureIT.send(contract, "{}")));

        // --- the table: the README's first endpoint of each row, its Who cell, the calls that prove it ---
        Map<String, String> who = new LinkedHashMap<>();
        Map<String, List<Probe>> probes = new LinkedHashMap<>();
        java.util.function.BiConsumer<String, String> row = who::put;
        row.accept("GET /api/v1/me", "anyone logged in");
        probes.put("GET /api/v1/me", List.of(get("/api/v1/me", EVERYBODY)));
        row.accept("GET /api/v1/me/tokens", "anyone logged in (creating: with the password, not a token)");
        probes.put("GET /api/v1/me/tokens", List.of(get("/api/v1/me/tokens", EVERYBODY),
                call("DELETE", "/api/v1/me/tokens/{token}", null, only("agent"))));
        row.accept("GET /api/v1/accounts/{id}/tokens", "ADMIN of its employer");
        probes.put("GET /api/v1/accounts/{id}/tokens", List.of(get("/api/v1/accounts/{account}/tokens", only("admin"))));
        row.accept("GET /api/v1/employees[?employer=ID]", "HR, ADMIN");
        probes.put("GET /api/v1/employees[?employer=ID]", List.of(get("/api/v1/employees", only("admin", "rh", "rh2"))));
        row.accept("GET /api/v1/employees/{id}", "HR/ADMIN of its employer, the agent");
        probes.put("GET /api/v1/employees/{id}", List.of(get("/api/v1/employees/{agent}", only("admin", "rh", "agent"))));
        row.accept("POST /api/v1/employees/import[?employer=ID]", "HR, ADMIN");
        probes.put("POST /api/v1/employees/import[?employer=ID]",
                List.of(new Probe("POST", "/api/v1/employees/import", "", "", only("admin", "rh", "rh2"), false)));
        row.accept("GET /api/v1/audit/verify", "ADMIN");
        probes.put("GET /api/v1/audit/verify", List.of(get("/api/v1/audit/verify", only("admin"))));
        row.accept("GET /api/v1/accounts", "ADMIN");
        probes.put("GET /api/v1/accounts", List.of(get("/api/v1/accounts", only("admin"))));
        row.accept("GET /api/v1/accounts/{id}", "ADMIN of its employer");
        probes.put("GET /api/v1/accounts/{id}", List.of(get("/api/v1/accounts/{account}", only("admin")),
                call("POST", "/api/v1/accounts/{account}/unlock", null, only("admin"))));
        row.accept("PUT /api/v1/accounts/{id}", "ADMIN of its employer");
        probes.put("PUT /api/v1/accounts/{id}", List.of(
                call("POST", "/api/v1/accounts/{account}/activate", null, only("admin"))));
        row.accept("GET /api/v1/holidays?year=2027&calendar=metropole\\|alsace-moselle", "anyone, no login");
        probes.put("GET /api/v1/holidays?year=2027&calendar=metropole\\|alsace-moselle", List.of(new Probe("GET",
                "/api/v1/holidays?year=2027&calendar=metropole", null, null, EVERYBODY, true)));
        row.accept("GET /api/v1/me/leave-balances[?year=]", "agent");
        probes.put("GET /api/v1/me/leave-balances[?year=]", List.of(get("/api/v1/me/leave-balances", AGENTS)));
        row.accept("POST /api/v1/me/leave-requests", "agent");
        probes.put("POST /api/v1/me/leave-requests", List.of(call("POST", "/api/v1/me/leave-requests", "{}", AGENTS)));
        row.accept("POST /api/v1/me/leave-requests/count", "agent");
        probes.put("POST /api/v1/me/leave-requests/count", List.of(call("POST", "/api/v1/me/leave-requests/count",
                "{\"type\":\"CA\",\"startDate\":\"2027-12-06\",\"startHalf\":\"AM\",\"endDate\":\"2027-12-06\","
                        + "\"endHalf\":\"PM\"}", AGENTS)));
        row.accept("GET /api/v1/me/leave-requests", "agent");
        probes.put("GET /api/v1/me/leave-requests", List.of(get("/api/v1/me/leave-requests", AGENTS)));
        row.accept("GET /api/v1/leave-requests/{id}", "agent, approver (or delegate), HR");
        probes.put("GET /api/v1/leave-requests/{id}", List.of(get("/api/v1/leave-requests/{leave}",
                only("agent2", "manager", "rh"))));
        row.accept("GET /api/v1/approvals", "approver, delegate, HR");
        probes.put("GET /api/v1/approvals", List.of(get("/api/v1/approvals", AGENTS)));
        row.accept("POST /api/v1/leave-requests/{id}/approve", "approver / agent");
        probes.put("POST /api/v1/leave-requests/{id}/approve", List.of(
                // agent2's approver is the manager of her unit; HR reads the request but does not decide it
                call("POST", "/api/v1/leave-requests/{leave}/refuse", "{\"reason\":\"\"}", only("manager")),
                call("POST", "/api/v1/leave-requests/{leave}/cancel", null, only("agent2"))));
        row.accept("GET/POST /api/v1/me/delegations", "manager");
        probes.put("GET/POST /api/v1/me/delegations", List.of(get("/api/v1/me/delegations", AGENTS)));
        row.accept("GET /api/v1/me/calendar-feeds", "agent, manager");
        probes.put("GET /api/v1/me/calendar-feeds", List.of(get("/api/v1/me/calendar-feeds", AGENTS)));
        row.accept("POST /api/v1/me/cet", "agent");
        probes.put("POST /api/v1/me/cet", List.of(get("/api/v1/me/cet/statement", AGENTS)));
        row.accept("GET /api/v1/employees/{id}/leave-balances?year=", "HR (reading: also ADMIN of its employer)");
        probes.put("GET /api/v1/employees/{id}/leave-balances?year=", List.of(
                get("/api/v1/employees/{agent}/leave-balances?year=2027", only("rh", "admin")),
                guarded("POST", "/api/v1/employees/{agent}/leave-balances/adjustments", "{}",
                        "{\"type\":\"CA\",\"year\":2027,\"days\":1,\"reason\":\"table\"}", only("rh"))));
        row.accept("GET /api/v1/leave-export?from=&to=", "HR");
        probes.put("GET /api/v1/leave-export?from=&to=", List.of(get("/api/v1/leave-export?from=2027-01-01&to=2027-01-31",
                HR)));
        row.accept("GET/PUT /api/v1/employers/{id}/seal", "HR reads, ADMIN installs");
        probes.put("GET/PUT /api/v1/employers/{id}/seal", List.of(get("/api/v1/employers/{demoville}/seal",
                only("rh", "admin")), guarded("PUT", "/api/v1/employers/{demoville}/seal", "{}",
                "{\"pkcs12\":\"AAAA\",\"password\":\"x\"}", only("admin"))));
        row.accept("POST /api/v1/payroll-runs", "HR");
        probes.put("POST /api/v1/payroll-runs", List.of(guarded("POST", "/api/v1/payroll-runs", MULTIPART, PAYROLL, HR)));
        row.accept("GET /api/v1/payroll-runs/{id}", "HR, ADMIN");
        probes.put("GET /api/v1/payroll-runs/{id}", List.of(get("/api/v1/payroll-runs/{run}", only("rh", "admin"))));
        row.accept("GET /api/v1/payroll-runs/{id}/payslips", "HR, ADMIN");
        probes.put("GET /api/v1/payroll-runs/{id}/payslips", List.of(get("/api/v1/payroll-runs/{run}/payslips",
                only("rh", "admin"))));
        row.accept("POST /api/v1/payroll-runs/{id}/publish", "HR");
        probes.put("POST /api/v1/payroll-runs/{id}/publish", List.of(get("/api/v1/payroll-runs/{run}/paper.pdf",
                only("rh")), call("POST", "/api/v1/payroll-runs/{run}/restart", null, only("rh"))));
        row.accept("GET /api/v1/me/payslips", "agent");
        probes.put("GET /api/v1/me/payslips", List.of(get("/api/v1/me/payslips", AGENTS)));
        row.accept("GET /api/v1/payslips/{id}/pdf[?inline=true]", "the agent, HR of the employer");
        probes.put("GET /api/v1/payslips/{id}/pdf[?inline=true]", List.of(get("/api/v1/payslips/{payslip}/pdf",
                only("agent", "rh"))));
        row.accept("PUT /api/v1/me/payslip-preference", "agent");
        probes.put("PUT /api/v1/me/payslip-preference", List.of(call("PUT", "/api/v1/me/payslip-preference",
                "{\"paper\":false}", AGENTS)));
        row.accept("POST /api/v1/payslips/verify", "anyone, no login");
        probes.put("POST /api/v1/payslips/verify", List.of(new Probe("POST", "/api/v1/payslips/verify", "%PDF-1.7 x",
                "%PDF-1.7 x", EVERYBODY, true)));
        row.accept("GET /api/v1/audit/events[?action=&actor=&max=]", "ADMIN");
        probes.put("GET /api/v1/audit/events[?action=&actor=&max=]", List.of(get("/api/v1/audit/events?max=5",
                only("admin"))));
        row.accept("GET /api/v1/employees/{id}/file", "HR (all sections), the agent, a manager (granted sections)");
        // no section of the demo's nomenclature is open to managers: the manager is refused the whole file
        probes.put("GET /api/v1/employees/{id}/file", List.of(get("/api/v1/employees/{agent}/file",
                only("rh", "agent"))));
        row.accept("POST /api/v1/employees/{id}/file/documents", "HR");
        probes.put("POST /api/v1/employees/{id}/file/documents", List.of(call("POST",
                "/api/v1/employees/{agent}/file/documents", MULTIPART, only("rh"))));
        row.accept("GET /api/v1/documents/{id}/content[?version=n&inline=true]", "as the file");
        probes.put("GET /api/v1/documents/{id}/content[?version=n&inline=true]", List.of(get(
                "/api/v1/documents/{document}/content", only("rh", "agent"))));
        row.accept("POST /api/v1/documents/{id}/versions", "HR");
        probes.put("POST /api/v1/documents/{id}/versions", List.of(call("POST", "/api/v1/documents/{document}/withdraw",
                "{}", only("rh"))));
        row.accept("GET /api/v1/employees/{id}/file/access-log", "HR, the agent");
        probes.put("GET /api/v1/employees/{id}/file/access-log", List.of(get("/api/v1/employees/{agent}/file/access-log",
                only("rh", "agent"))));
        row.accept("GET /api/v1/me/file", "agent");
        // an account without an agent record has no file (404)
        probes.put("GET /api/v1/me/file", List.of(get("/api/v1/me/file",
                only("rh", "manager", "agent", "agent2", "rh2", "agent3")),
                get("/api/v1/me/file/access-log", AGENTS)));
        row.accept("POST /api/v1/employees/{id}/deactivate", "HR, ADMIN");
        probes.put("POST /api/v1/employees/{id}/deactivate", List.of(call("POST", "/api/v1/employees/{agent}/activate",
                null, only("rh", "admin"))));
        row.accept("GET /api/v1/personnel-files?q=&section=&type=&from=&to=", "HR");
        probes.put("GET /api/v1/personnel-files?q=&section=&type=&from=&to=", List.of(get(
                "/api/v1/personnel-files?q=Dupont", HR)));
        row.accept("GET /api/v1/personnel-files/sections", "HR reads, ADMIN changes");
        probes.put("GET /api/v1/personnel-files/sections", List.of(get("/api/v1/personnel-files/sections",
                only("rh", "rh2", "admin")), call("POST", "/api/v1/personnel-files/types", "{}", only("admin"))));
        row.accept("POST /api/v1/retention/check", "HR");
        probes.put("POST /api/v1/retention/check", List.of(get("/api/v1/retention/due", HR),
                get("/api/v1/retention/decisions", HR)));
        row.accept("POST /api/v1/leave-requests/{id}/file", "HR");
        probes.put("POST /api/v1/leave-requests/{id}/file", List.of(call("POST", "/api/v1/leave-requests/{leave}/file",
                null, only("rh"))));
        row.accept("GET /api/v1/contract-templates", "HR, ADMIN");
        probes.put("GET /api/v1/contract-templates", List.of(get("/api/v1/contract-templates",
                only("rh", "rh2", "admin"))));
        row.accept("POST /api/v1/contracts", "HR");
        probes.put("POST /api/v1/contracts", List.of(guarded("POST", "/api/v1/contracts", "{}", "{\"employeeId\":{agent},"
                + "\"template\":\"cdd-article-l332-23\",\"fields\":" + CDD + "}", HR)));
        row.accept("GET /api/v1/contracts", "HR; the agent once sent");
        probes.put("GET /api/v1/contracts", List.of(get("/api/v1/contracts", HR),
                get("/api/v1/contracts/{contract}", only("rh", "agent")),
                get("/api/v1/contracts/{contract}/pdf", only("rh", "agent"))));
        row.accept("POST /api/v1/contracts/{id}/send", "HR");
        probes.put("POST /api/v1/contracts/{id}/send", List.of(guarded("POST", "/api/v1/contracts/{contract}/send",
                "{\"deadline\":\"not a date\"}", "{}", only("rh"))));
        row.accept("POST /api/v1/contracts/bulk", "HR");
        probes.put("POST /api/v1/contracts/bulk", List.of(guarded("POST", "/api/v1/contracts/bulk", "{}",
                "{\"template\":\"cdd-article-l332-23\",\"fields\":" + CDD + ",\"employeeIds\":[{agent}]}", HR)));
        row.accept("GET /api/v1/contracts/{id}/evidence", "HR, the signers");
        probes.put("GET /api/v1/contracts/{id}/evidence", List.of(get("/api/v1/contracts/{contract}/evidence",
                only("rh", "agent"))));
        row.accept("GET /api/v1/me/signature-requests", "signer; agent");
        probes.put("GET /api/v1/me/signature-requests", List.of(get("/api/v1/me/signature-requests", AGENTS),
                get("/api/v1/me/contracts", AGENTS)));
        row.accept("POST /api/v1/signature-requests/{id}/code", "the signer whose turn it is");
        // the agent signs after the employer's signatory: a signer, told it is not their turn yet (409)
        probes.put("POST /api/v1/signature-requests/{id}/code", List.of(call("POST",
                "/api/v1/signature-requests/{signature}/code", null, only("rh", "agent"))));
        row.accept("GET /api/v1/signature-requests", "HR");
        probes.put("GET /api/v1/signature-requests", List.of(get("/api/v1/signature-requests", HR),
                call("POST", "/api/v1/signature-requests/{signature}/cancel", "{}", only("rh"))));

        probes.forEach((endpoint, calls) -> assertTrue(!calls.isEmpty(), "no call proves " + endpoint));
        // --- the table and the README say the same ---
        Map<String, String> readme = readmeRows();
        assertEquals(new TreeSet<>(readme.keySet()), new TreeSet<>(who.keySet()),
                "every row of the README's API table, and no other, is walked here");
        for (var e : readme.entrySet()) {
            assertEquals(who.get(e.getKey()), e.getValue(), "the README's Who for " + e.getKey());
        }

        // --- walk: the refused first (a refusal changes nothing), then those named ---
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (var e : probes.entrySet()) {
            for (Probe p : e.getValue()) {
                String path = p.path();
                for (var id : ids.entrySet()) {
                    path = path.replace("{" + id.getKey() + "}", id.getValue());
                }
                List<String> order = new ArrayList<>();
                order.add(NOBODY);
                ACCOUNTS.stream().filter(a -> !p.allowed().contains(a)).forEach(order::add);
                ACCOUNTS.stream().filter(a -> p.allowed().contains(a)).forEach(order::add);
                for (String caller : order) {
                    boolean allowed = caller.equals(NOBODY) ? p.anonymous() : p.allowed().contains(caller);
                    int status = send(p, path, caller.equals(NOBODY) ? null : caller, allowed, ids);
                    calls++;
                    boolean refused = status == 401 || status == 403 || status == 404;
                    if (allowed ? refused || status >= 500 : !refused) {
                        wrong.add(p.method() + " " + path + " by " + caller + ": " + status + " (expected "
                                + (allowed ? "past authorisation" : "refused") + "; README: " + who.get(e.getKey())
                                + ")");
                    }
                }
            }
        }
        assertEquals(List.of(), wrong, "the README's table does not hold");
        System.out.printf("access table: %d rows, %d calls as %d accounts and without%n", readme.size(), calls,
                ACCOUNTS.size());
    }

    private static int send(Probe p, String path, String login, boolean allowed, Map<String, String> ids) {
        HttpRequest.Builder b = Http.request(path, login).setHeader("Accept", "application/json, application/pdf, */*");
        String body = allowed ? p.json() : p.refusedJson();
        if (body == null) {
            b.method(p.method(), HttpRequest.BodyPublishers.noBody());
        } else {
            for (var id : ids.entrySet()) {
                body = body.replace("{" + id.getKey() + "}", id.getValue());
            }
            b.header("Content-Type", p.path().endsWith("/verify") ? "application/pdf"
                    : p.path().endsWith("/import") ? "application/octet-stream"
                    : body.startsWith("--table") ? "multipart/form-data; boundary=table" : "application/json")
                    .method(p.method(), HttpRequest.BodyPublishers.ofString(body));
        }
        return Http.send(b.build()).status();
    }
}
