package org.hrdemat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tampering with the audit table is detected: a probe deployed next to the application edits one stored event
 * directly in the database, the ADMIN verification (over the real API) names that event, and the chain is valid
 * again once the row is restored.
 */
@ExtendWith(ArquillianExtension.class)
class AuditChainIT {

    @Deployment(name = "app", testable = false, order = 1)
    static EnterpriseArchive app() {
        return Deployments.application();
    }

    @Deployment(name = "probe", order = 2)
    static WebArchive probe() {
        return ShrinkWrap.create(WebArchive.class, "audit-probe.war")
                .addClasses(AuditChainIT.class, Http.class, Http.Reply.class, JsonBodies.class, Deployments.class);
    }

    @Resource(lookup = "java:jboss/datasources/HrDS")
    DataSource dataSource;

    @Test
    @OperateOnDeployment("probe")
    void editedEventIsNamedByTheVerificationAndRestoringItHeals() throws SQLException {
        // make sure there is a login event to tamper with
        assertEquals(200, Http.get("/api/v1/me", "rh").status());
        JsonObject before = JsonBodies.object(Http.get("/api/v1/audit/verify", "admin").body());
        assertTrue(before.getBoolean("valid"), before.toString());

        long target;
        String original;
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement(
                     "select id, details from audit_event where action = 'LOGIN' and actor = 'rh' order by id desc");
             ResultSet rs = q.executeQuery()) {
            assertTrue(rs.next());
            target = rs.getLong(1);
            original = rs.getString(2);
        }
        update(target, "from 203.0.113.66");
        try {
            JsonObject broken = JsonBodies.object(Http.get("/api/v1/audit/verify", "admin").body());
            assertFalse(broken.getBoolean("valid"), broken.toString());
            assertEquals(target, broken.getJsonNumber("firstBrokenEvent").longValue(), broken.toString());
        } finally {
            update(target, original);
        }
        JsonObject healed = JsonBodies.object(Http.get("/api/v1/audit/verify", "admin").body());
        assertTrue(healed.getBoolean("valid"), healed.toString());
    }

    @Test
    @OperateOnDeployment("probe")
    void deletedEventIsFound() throws SQLException {
        assertEquals(200, Http.get("/api/v1/me", "manager").status());
        long target;
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("select max(id) from audit_event where actor = 'manager'");
             ResultSet rs = q.executeQuery()) {
            assertTrue(rs.next());
            target = rs.getLong(1);
        }
        Object[] row = rowsAfter(target - 1).get(0);
        try (Connection c = dataSource.getConnection();
             PreparedStatement d = c.prepareStatement("delete from audit_event where id = ?")) {
            d.setLong(1, target);
            assertEquals(1, d.executeUpdate());
        }
        try {
            JsonObject broken = JsonBodies.object(Http.get("/api/v1/audit/verify", "admin").body());
            assertFalse(broken.getBoolean("valid"), broken.toString());
            assertEquals(target, broken.getJsonNumber("firstBrokenEvent").longValue(), broken.toString());
        } finally {
            try (Connection c = dataSource.getConnection(); PreparedStatement i = c.prepareStatement(INSERT)) {
                insert(i, row);
            }
        }
        JsonObject healed = JsonBodies.object(Http.get("/api/v1/audit/verify", "admin").body());
        assertTrue(healed.getBoolean("valid"), healed.toString());
    }

    private void update(long id, String details) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement u = c.prepareStatement("update audit_event set details = ? where id = ?")) {
            u.setString(1, details);
            u.setLong(2, id);
            assertEquals(1, u.executeUpdate());
        }
    }

    /**
     * The verification is right while events are being written: it checks the chain up to the head it read, so
     * requests running meanwhile (each one a LOGIN event) never make it say "broken".
     */
    @Test
    @OperateOnDeployment("probe")
    void verificationWhileEventsAreWrittenIsValid() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean writing = new java.util.concurrent.atomic.AtomicBoolean(true);
        java.util.concurrent.atomic.AtomicInteger written = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.ExecutorService writers = java.util.concurrent.Executors.newFixedThreadPool(3);
        java.util.List<java.util.concurrent.Future<?>> running = new java.util.ArrayList<>();
        for (String login : java.util.List.of("rh", "agent", "manager")) {
            running.add(writers.submit(() -> {
                while (writing.get()) {
                    assertEquals(200, Http.get("/api/v1/me", login).status());
                    written.incrementAndGet();
                }
            }));
        }
        try {
            for (int i = 0; i < 15; i++) {
                JsonObject v = JsonBodies.object(Http.get("/api/v1/audit/verify", "admin").body());
                assertTrue(v.getBoolean("valid"), "verification " + i + " while " + written.get() + " requests ran: " + v);
            }
        } finally {
            writing.set(false);
            for (java.util.concurrent.Future<?> f : running) {
                f.get(30, java.util.concurrent.TimeUnit.SECONDS);
            }
            writers.shutdown();
        }
        assertTrue(written.get() > 15, "events were written during the verifications: " + written.get());
    }

    /** The events after {@code after}, as stored (id, occurred_at, actor, employer_id, action, target, outcome,
     * details, prev_hash, hash). */
    private java.util.List<Object[]> rowsAfter(long after) throws SQLException {
        java.util.List<Object[]> rows = new java.util.ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("select id, occurred_at, actor, employer_id, action, target, "
                     + "outcome, details, prev_hash, hash from audit_event where id > ? order by id")) {
            q.setLong(1, after);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    Object[] row = new Object[10];
                    row[0] = rs.getLong(1);
                    row[1] = rs.getObject(2, java.time.OffsetDateTime.class);
                    for (int k = 2; k < 10; k++) {
                        row[k] = k == 3 ? (Object) rs.getObject(4) : rs.getString(k + 1);
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private long[] head() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("select last_sequence, base_sequence from audit_chain_head");
             ResultSet rs = q.executeQuery()) {
            rs.next();
            return new long[]{rs.getLong(1), rs.getLong(2)};
        }
    }

    private static final String INSERT = "insert into audit_event (id, occurred_at, actor, employer_id, action, "
            + "target, outcome, details, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** Writes back a row as {@link #rowsAfter} read it. */
    private static void insert(PreparedStatement i, Object[] row) throws SQLException {
        for (int k = 0; k < 10; k++) {
            if (row[k] == null) {
                i.setNull(k + 1, k == 3 ? java.sql.Types.BIGINT : java.sql.Types.VARCHAR);
            } else {
                i.setObject(k + 1, row[k]);
            }
        }
        i.executeUpdate();
    }

    /** Puts the chain back: the events after {@code after} are the given ones, the head their last. */
    private void restore(long after, java.util.List<Object[]> rows) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement d = c.prepareStatement("delete from audit_event where id > ?")) {
                d.setLong(1, after);
                d.executeUpdate();
            }
            try (PreparedStatement i = c.prepareStatement(INSERT)) {
                for (Object[] row : rows) {
                    insert(i, row);
                }
            }
            Object[] last = rows.get(rows.size() - 1);
            try (PreparedStatement u = c.prepareStatement("update audit_chain_head set last_sequence = ?, last_hash = ?")) {
                u.setLong(1, (Long) last[0]);
                u.setString(2, (String) last[9]);
                u.executeUpdate();
            }
        }
    }

    private static String sha256(String... fields) throws Exception {
        StringBuilder sb = new StringBuilder();
        for (String f : fields) {
            sb.append(f == null ? "-1:" : f.length() + ":" + f).append('|');
        }
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /**
     * The chain is keyed (a hash cannot be recomputed from the row, as a plain SHA-256 chain could be by whoever
     * writes the database) and checkpointed outside the database; a chain rolled back to an earlier head, valid
     * link by link, is found shorter than its checkpoint.
     */
    @Test
    @OperateOnDeployment("probe")
    void aChainRolledBackBehindItsSignedCheckpointIsFound() throws Exception {
        assertEquals(200, Http.get("/api/v1/me", "agent2").status());
        JsonObject sealed = JsonBodies.object(Http.get("/api/v1/audit/verify", "admin").body());
        assertTrue(sealed.getBoolean("valid"), sealed.toString());
        long checkpoint = sealed.getJsonNumber("sealedUpTo").longValue();
        java.nio.file.Path file = java.nio.file.Path.of(System.getenv("HR_DATA_DIR"), "audit-checkpoints",
                String.format("checkpoint-%019d.txt", checkpoint));
        assertTrue(java.nio.file.Files.readString(file).contains("\nsequence: " + checkpoint + "\n"), file.toString());

        long top = head()[0];
        Object[] login = rowsAfter(top - 3).get(0);
        assertTrue(!login[9].equals(sha256((String) login[8], login[0].toString(),
                Long.toString(((java.time.OffsetDateTime) login[1]).toInstant().toEpochMilli()), (String) login[2],
                login[3] == null ? null : login[3].toString(), (String) login[4], (String) login[5], (String) login[6],
                (String) login[7])), "not a plain SHA-256 of the row: keyed");

        long keep = checkpoint - 3;
        java.util.List<Object[]> removed = rowsAfter(keep);
        Object[] newHead = rowsAfter(keep - 1).get(0);
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement d = c.prepareStatement("delete from audit_event where id > ?")) {
                d.setLong(1, keep);
                d.executeUpdate();
            }
            try (PreparedStatement u = c.prepareStatement("update audit_chain_head set last_sequence = ?, last_hash = ?")) {
                u.setLong(1, keep);
                u.setString(2, (String) newHead[9]);
                u.executeUpdate();
            }
        }
        try {
            JsonObject broken = JsonBodies.object(Http.get("/api/v1/audit/verify", "admin").body());
            assertFalse(broken.getBoolean("valid"), broken.toString());
            assertTrue(broken.getString("problem").contains("sealed " + checkpoint + " events"), broken.toString());
        } finally {
            restore(keep, removed);
        }
        JsonObject healed = JsonBodies.object(Http.get("/api/v1/audit/verify", "admin").body());
        assertTrue(healed.getBoolean("valid"), healed.toString());
    }

    /**
     * Old events are purged behind a signed checkpoint: the rest of the chain still verifies, the purge is itself
     * an event, and without the checkpoint of the purge the chain's new start is not taken on trust.
     */
    @Test
    @OperateOnDeployment("probe")
    void purgedEventsLeaveAVerifiableChainBehindTheirCheckpoint() throws Exception {
        assertEquals(200, Http.get("/api/v1/me", "rh").status());
        java.util.List<Object[]> recent = rowsAfter(head()[0] - 2);
        java.time.Instant cutoff = ((java.time.OffsetDateTime) recent.get(0)[1]).toInstant();
        Object audit = new javax.naming.InitialContext().lookup(
                "java:global/hr/hr-ejb/AuditLog!org.hrdemat.audit.boundary.AuditLog");
        int purged = (Integer) audit.getClass().getMethod("purgeBefore", java.time.Instant.class).invoke(audit, cutoff);
        assertTrue(purged > 0, "purged " + purged);
        long base = head()[1];
        assertTrue(base > 0);
        JsonObject after = JsonBodies.object(Http.get("/api/v1/audit/verify", "admin").body());
        assertTrue(after.getBoolean("valid"), after.toString());
        assertTrue(Http.get("/api/v1/audit/events?action=AUDIT_PURGE&max=5", "admin").body().contains(purged + " events"));

        java.nio.file.Path file = java.nio.file.Path.of(System.getenv("HR_DATA_DIR"), "audit-checkpoints",
                String.format("checkpoint-%019d.txt", base));
        java.nio.file.Path aside = file.resolveSibling("aside.txt");
        java.nio.file.Files.move(file, aside);
        try {
            JsonObject broken = JsonBodies.object(Http.get("/api/v1/audit/verify", "admin").body());
            assertFalse(broken.getBoolean("valid"), broken.toString());
            assertTrue(broken.getString("problem").contains("no signed checkpoint"), broken.toString());
        } finally {
            java.nio.file.Files.move(aside, file);
        }
        assertTrue(JsonBodies.object(Http.get("/api/v1/audit/verify", "admin").body()).getBoolean("valid"));
    }
}
