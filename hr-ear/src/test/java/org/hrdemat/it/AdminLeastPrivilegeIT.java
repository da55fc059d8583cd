package org.hrdemat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * ADMIN administers, it does not read content: an administrator who is not also HR is refused (404, audited) the
 * payslip PDFs, the paper print, the leave requests and their export, which HR of the same employer reads.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminLeastPrivilegeIT {

    @Deployment(testable = false)
    static EnterpriseArchive app() {
        return Deployments.application();
    }

    private static int status(String path, String login) throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(Http.request(path, login)
                .setHeader("Accept", "application/pdf, application/json, */*").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return r.statusCode();
    }

    @Test
    void anAdministratorWithoutHrReadsNeitherPayslipsNorLeave() throws Exception {
        Http.Reply created = PayslipIT.upload("rh", "2018-03", PayslipIT.bulk("Matricule : A001 mars 2018"), "p.pdf");
        assertEquals(201, created.status(), created.body());
        long run = JsonBodies.object(created.body()).getJsonNumber("id").longValue();
        assertEquals("READY", PayslipIT.waitUntilReady(run).getString("status"));
        long payslip = JsonBodies.array(Http.get("/api/v1/payroll-runs/" + run + "/payslips", "rh").body())
                .getJsonObject(0).getJsonNumber("id").longValue();
        Http.Reply leave = LeaveIT.submit("agent2", "CA", "2027-11-15", "AM", "2027-11-15", "PM");
        assertEquals(201, leave.status(), leave.body());
        long request = JsonBodies.object(leave.body()).getJsonNumber("id").longValue();
        try {
            String[] content = {"/api/v1/payslips/" + payslip + "/pdf", "/api/v1/payroll-runs/" + run + "/paper.pdf",
                "/api/v1/leave-requests/" + request, "/api/v1/leave-export?from=2027-01-01&to=2027-12-31"};
            for (String path : content) {
                int hr = status(path, "rh");
                assertTrue(hr == 200 || (path.endsWith("paper.pdf") && hr == 409), "HR reads " + path + ": " + hr);
                assertEquals(404, status(path, "admin"), "ADMIN without HR: " + path);
            }
            // what an administrator does keep: the run's state, to help HR
            assertEquals(200, Http.get("/api/v1/payroll-runs/" + run, "admin").status());
            var denied = JsonBodies.array(Http.get("/api/v1/audit/events?action=ACCESS_DENIED&actor=admin&max=20",
                    "admin").body()).getValuesAs(JsonObject.class);
            for (String target : new String[]{"payslip:" + payslip, "run:" + run + "/paper", "leave:" + request}) {
                assertTrue(denied.stream().anyMatch(e -> e.getString("target").equals(target)),
                        "refusal audited: " + target + " in " + denied);
            }
        } finally {
            LeaveIT.post("/api/v1/leave-requests/" + request + "/cancel", "agent2", null);
        }
    }
}
