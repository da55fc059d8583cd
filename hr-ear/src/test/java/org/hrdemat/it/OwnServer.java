package org.hrdemat.it;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A WildFly of a test's own, not the shared test server: the one the build provisioned, with its own copy of the
 * configuration, the EAR in its deployments folder, an empty data directory, its own ports (offset) and, on
 * PostgreSQL, its own database next to the suite's.
 */
final class OwnServer implements AutoCloseable {

    private final int offset;
    private final Path work;
    private Process server;
    private String database;

    OwnServer(String name, int offset) {
        this.offset = offset;
        this.work = Path.of(System.getProperty("hr.ear", "target/hr.ear")).toAbsolutePath().getParent().resolve(name);
    }

    /** http://localhost:port of its web listener. */
    String base() {
        return "http://localhost:" + (8080 + offset);
    }

    /** http://localhost:port of its management listener (health). */
    String management() {
        return "http://localhost:" + (9990 + offset);
    }

    Path work() {
        return work;
    }

    /** A fresh configuration copy, the EAR, an empty data folder (and database). */
    OwnServer prepare() throws IOException, InterruptedException {
        delete(work);
        Path jboss = Path.of(System.getProperty("jboss.home"));
        copy(jboss.resolve("standalone/configuration"), work.resolve("base/configuration"));
        Files.createDirectories(work.resolve("base/deployments"));
        Files.copy(Path.of(System.getProperty("hr.ear", "target/hr.ear")), work.resolve("base/deployments/hr.ear"),
                StandardCopyOption.REPLACE_EXISTING);
        Files.createDirectories(work.resolve("data"));
        String url = System.getenv("HR_DB_URL");
        if ("postgresql".equals(System.getenv("HR_DB_DRIVER")) && url != null) {
            database = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\W", "") + "_" + work.getFileName()
                    .toString().replaceAll("\\W", "");
            psql("drop database if exists " + database + " with (force)");
            psql("create database " + database);
        }
        return this;
    }

    /** Starts the server and returns at once (the deployment goes on in the background). */
    void launch() throws IOException {
        Path jboss = Path.of(System.getProperty("jboss.home"));
        ProcessBuilder pb = new ProcessBuilder(jboss.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + work.resolve("base"), "-Djboss.socket.binding.port-offset=" + offset,
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
    }

    boolean alive() {
        return server != null && server.isAlive();
    }

    /** Starts the server and waits until the API answers HR. */
    void start() throws Exception {
        launch();
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

    /** A request to this server as HR. */
    HttpRequest.Builder request(String path) {
        return Http.request(base(), path, "rh");
    }

    /** SIGKILL to the JVM and its launcher script: no shutdown hook, no transaction completion. */
    void kill() throws InterruptedException {
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

    /** Whether it runs on a PostgreSQL database of its own (the suite's PostgreSQL run), not on embedded H2. */
    boolean onPostgres() {
        return database != null;
    }

    /**
     * Cuts its PostgreSQL database off (no new connection accepted, the open ones terminated) or lets it answer
     * again: a database lost under a running server.
     */
    void databaseReachable(boolean reachable) throws IOException, InterruptedException {
        if (database == null) {
            throw new IllegalStateException("only on PostgreSQL");
        }
        psql("alter database " + database + " with allow_connections " + reachable);
        if (!reachable) {
            psql("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database + "'");
        }
    }

    @Override
    public void close() throws Exception {
        kill();
        if (database != null) {
            psql("drop database if exists " + database + " with (force)");
        }
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
