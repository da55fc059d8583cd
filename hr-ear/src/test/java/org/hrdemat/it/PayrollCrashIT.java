package org.hrdemat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A server killed (SIGKILL, no shutdown) in the middle of a payroll run: after it starts again, the run shows as
 * interrupted, HR restarts it, and every agent has exactly one payslip. Runs its own WildFly (the one the build
 * provisioned, with its own configuration copy, data directory and ports), not the shared test server.
 */
class PayrollCrashIT {

    private final OwnServer server = new OwnServer("crash-test", 200);
    private final Path work = server.work();

    @Test
    void aKilledServerLosesNoPayslipAndMakesNoneTwice() throws Exception {
        server.prepare();
        server.start();
        long storedBefore = storedDocuments();
        int n = 400;
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"Matricule", "Nom", "Prénom", "Statut"});
        String[] pages = new String[n];
        for (int i = 0; i < n; i++) {
            String m = String.format("K%04d", i);
            rows.add(new String[]{m, "Agent" + i, "Crash", "titulaire"});
            pages[i] = "Bulletin de paie Matricule : " + m;
        }
        Http.Reply imported = Http.send(request("/api/v1/employees/import")
                .header("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .POST(HttpRequest.BodyPublishers.ofByteArray(EmployeeImportIT.xlsx(rows))).build());
        assertEquals(200, imported.status(), imported.body());
        Http.Reply created = Http.send(PayslipIT.uploadRequest(server.base(), "rh", "2026-04", PayslipIT.bulk(pages),
                "paie.pdf"));
        assertEquals(201, created.status(), created.body());
        long runId = JsonBodies.object(created.body()).getJsonNumber("id").longValue();

        // kill -9 as soon as some payslips are recorded, well before the end
        JsonObject run = null;
        Instant end = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(end)) {
            run = run(runId);
            if (run.getInt("done") >= 10) {
                break;
            }
            Thread.sleep(20);
        }
        server.kill();
        assertTrue(run.getInt("done") >= 10 && run.getInt("done") < n, "killed in the middle: " + run);

        server.start();
        JsonObject after = run(runId);
        assertEquals("STOPPED", after.getString("status"), "the run shows as interrupted: " + after);
        assertTrue(after.getInt("done") >= run.getInt("done") && after.getInt("done") < n, after.toString());
        Http.Reply restarted = Http.send(request("/api/v1/payroll-runs/" + runId + "/restart")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, restarted.status(), restarted.body());

        end = Instant.now().plusSeconds(180);
        while (Instant.now().isBefore(end) && !run.getString("status").equals("READY")) {
            Thread.sleep(300);
            run = run(runId);
        }
        assertEquals("READY", run.getString("status"), run.toString());
        assertEquals(n, run.getInt("matched"));
        assertEquals(n, run.getInt("done"));
        assertEquals(n, run.getInt("payslips"), "one payslip per agent: none missing, none twice");
        List<JsonObject> payslips = JsonBodies.array(Http.send(request("/api/v1/payroll-runs/" + runId + "/payslips")
                .GET().build()).body()).getValuesAs(JsonObject.class);
        Set<String> matricules = new HashSet<>();
        payslips.forEach(p -> matricules.add(p.getString("matricule")));
        assertEquals(n, payslips.size());
        assertEquals(n, matricules.size(), "no agent has two payslips");
        // the payslips sealed by the chunks in flight at the kill were not kept: the store holds the source and one
        // document per payslip, nothing that no row refers to, and nothing waits in its staging area
        assertEquals(storedBefore + 1 + n, storedDocuments(), "documents in the store");
        try (var staged = Files.list(work.resolve("data/documents/staging"))) {
            assertEquals(0, staged.count(), "staged documents left");
        } catch (java.nio.file.NoSuchFileException none) {
            // nothing was ever staged
        }
    }

    /** The documents in the store (its staging area aside). */
    private long storedDocuments() throws IOException {
        Path documents = work.resolve("data/documents");
        if (!Files.isDirectory(documents)) {
            return 0;
        }
        try (var files = Files.walk(documents)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.startsWith(documents.resolve("staging")))
                    .filter(f -> f.getFileName().toString().matches("[0-9a-f]{64}")).count();
        }
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private JsonObject run(long runId) {
        Http.Reply r = Http.send(request("/api/v1/payroll-runs/" + runId).GET().build());
        assertEquals(200, r.status(), r.body());
        return JsonBodies.object(r.body());
    }

    private HttpRequest.Builder request(String path) {
        return server.request(path);
    }
}
