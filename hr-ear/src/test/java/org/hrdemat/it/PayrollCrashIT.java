package org.hrdemat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A server killed (SIGKILL, no shutdown) in the middle of a payroll run: after it starts again, the run shows as
 * interrupted, HR restarts it, and every agent has exactly one payslip. Runs its own WildFly (the one the build
 * provisioned, with its own configuration copy, data directory and ports), not the shared test server.
 */
class PayrollCrashIT {

    private static final int OFFSET = 200;
    private static final String BASE = "http://localhost:" + (8080 + OFFSET);

    private final Path work = Path.of(System.getProperty("hr.ear", "target/hr.ear")).toAbsolutePath().getParent()
            .resolve("crash-test");
    private Process server;
    private String database;

    @Test
    void aKilledServerLosesNoPayslipAndMakesNoneTwice() throws Exception {
        prepare();
        start();
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
        Http.Reply created = Http.send(PayslipIT.uploadRequest(BASE, "rh", "2026-04", PayslipIT.bulk(pages),
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
        kill();
        assertTrue(run.getInt("done") >= 10 && run.getInt("done") < n, "killed in the middle: " + run);

        start();
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
        kill();
        if (database != null) {
            psql("drop database if exists " + database + " with (force)");
        }
    }

    /** A copy of the provisioned server's configuration, the EAR in its deployments folder, an empty data folder. */
    private void prepare() throws IOException, InterruptedException {
        delete(work);
        Path jboss = Path.of(System.getProperty("jboss.home"));
        copy(jboss.resolve("standalone/configuration"), work.resolve("base/configuration"));
        Files.createDirectories(work.resolve("base/deployments"));
        Files.copy(Path.of(System.getProperty("hr.ear", "target/hr.ear")), work.resolve("base/deployments/hr.ear"),
                StandardCopyOption.REPLACE_EXISTING);
        Files.createDirectories(work.resolve("data"));
        String url = System.getenv("HR_DB_URL");
        if ("postgresql".equals(System.getenv("HR_DB_DRIVER")) && url != null) {
            // its own database next to the suite's, on the same PostgreSQL server
            database = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\W", "") + "_crash";
            psql("drop database if exists " + database + " with (force)");
            psql("create database " + database);
        }
    }

    private void start() throws Exception {
        Path jboss = Path.of(System.getProperty("jboss.home"));
        ProcessBuilder pb = new ProcessBuilder(jboss.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + work.resolve("base"), "-Djboss.socket.binding.port-offset=" + OFFSET,
                "-Dhr.demo=true", "-Duser.language=fr");
        Map<String, String> env = pb.environment();
        env.put("JAVA_OPTS", "-Xmx768m -XX:MaxMetaspaceSize=512m -Djava.net.preferIPv4Stack=true");
        env.put("HR_DATA_DIR", work.resolve("data").toString());
        env.remove("HR_MAIL_HOST");
        if (database != null) {
            String url = System.getenv("HR_DB_URL");
            env.put("HR_DB_URL", url.substring(0, url.lastIndexOf('/') + 1) + database);
        }
        pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("console.log").toFile()));
        server = pb.start();
        Instant end = Instant.now().plusSeconds(240);
        while (Instant.now().isBefore(end)) {
            if (!server.isAlive()) {
                throw new AssertionError("the server stopped; see " + work.resolve("console.log"));
            }
            try {
                if (Http.send(request("/api/v1/me").GET().build()).status() == 200) {
                    return;
                }
            } catch (IllegalStateException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the server did not start; see " + work.resolve("console.log"));
    }

    /** SIGKILL to the JVM and its launcher script: no shutdown hook, no transaction completion. */
    private void kill() throws InterruptedException {
        if (server == null) {
            return;
        }
        List<ProcessHandle> all = new ArrayList<>(server.descendants().toList());
        all.add(server.toHandle());
        for (ProcessHandle p : all) {
            p.destroyForcibly();
        }
        for (ProcessHandle p : all) {
            try {
                p.onExit().get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e);
            }
        }
        server = null;
    }

    private JsonObject run(long runId) {
        Http.Reply r = Http.send(request("/api/v1/payroll-runs/" + runId).GET().build());
        assertEquals(200, r.status(), r.body());
        return JsonBodies.object(r.body());
    }

    private static HttpRequest.Builder request(String path) {
        return Http.request(BASE, path, "rh");
    }

    private static void psql(String sql) throws IOException, InterruptedException {
        Matcher m = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/").matcher(System.getenv("HR_DB_URL"));
        if (!m.find()) {
            throw new IllegalStateException("not a PostgreSQL URL: " + System.getenv("HR_DB_URL"));
        }
        String user = System.getenv().getOrDefault("HR_DB_USER", "postgres");
        Process p = new ProcessBuilder("psql", "-h", m.group(1), "-p", m.group(2) == null ? "5432" : m.group(2), "-U",
                user, "-d", "postgres", "-v", "ON_ERROR_STOP=1", "-qc", sql).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("psql failed: " + out);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(f -> {
                f.setWritable(true);
                f.delete();
            });
        }
    }
}
