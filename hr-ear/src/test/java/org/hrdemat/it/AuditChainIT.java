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
        String[] row = new String[10];
        long target;
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("select id, occurred_at, actor, employer_id, action, target, "
                     + "outcome, details, prev_hash, hash from audit_event where actor = 'manager' order by id desc");
             ResultSet rs = q.executeQuery()) {
            assertTrue(rs.next());
            target = rs.getLong(1);
            for (int i = 0; i < 10; i++) {
                row[i] = rs.getString(i + 1);
            }
        }
        java.time.OffsetDateTime at;
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("select occurred_at from audit_event where id = ?")) {
            q.setLong(1, target);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                at = rs.getObject(1, java.time.OffsetDateTime.class);
            }
            try (PreparedStatement d = c.prepareStatement("delete from audit_event where id = ?")) {
                d.setLong(1, target);
                assertEquals(1, d.executeUpdate());
            }
        }
        try {
            JsonObject broken = JsonBodies.object(Http.get("/api/v1/audit/verify", "admin").body());
            assertFalse(broken.getBoolean("valid"), broken.toString());
            assertEquals(target, broken.getJsonNumber("firstBrokenEvent").longValue(), broken.toString());
        } finally {
            try (Connection c = dataSource.getConnection();
                 PreparedStatement i = c.prepareStatement("insert into audit_event (id, occurred_at, actor, employer_id,"
                         + " action, target, outcome, details, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                i.setLong(1, target);
                i.setObject(2, at);
                i.setString(3, row[2]);
                if (row[3] == null) {
                    i.setNull(4, java.sql.Types.BIGINT);
                } else {
                    i.setLong(4, Long.parseLong(row[3]));
                }
                for (int k = 4; k < 10; k++) {
                    i.setString(k + 1, row[k]);
                }
                i.executeUpdate();
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
}
