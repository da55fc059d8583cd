package org.hrdemat.readiness;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The application's own readiness ({@code hr-demat} in {@code /health/ready}): UP only while its pages are open
 * (the web module has started on a migrated schema and has not begun to stop) and its database answers a trivial
 * query within two seconds. With {@code empty-readiness-checks-status=DOWN}, the server is not ready before this
 * check exists either, so a load balancer never sends users to a server whose application is not there yet, nor to
 * one that has lost its database.
 */
@Readiness
@ApplicationScoped
public class ApplicationReadiness implements HealthCheck {

    /** The check's name in {@code /health/ready}. */
    public static final String NAME = "hr-demat";

    @Resource(lookup = "java:jboss/datasources/HrDS")
    DataSource dataSource;

    @Inject
    Serving serving;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named(NAME);
        String schema = serving.schemaVersion();
        if (schema == null) {
            return response.down().withData("pages", "not open").build();
        }
        response.withData("pages", "open").withData("schema", schema);
        String problem = databaseProblem();
        if (problem != null) {
            return response.down().withData("database", problem).build();
        }
        return response.up().withData("database", "reachable").build();
    }

    /** Null when the database answers a trivial query within two seconds, otherwise why not. */
    String databaseProblem() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.setQueryTimeout(2);
            s.execute("select 1");
            return null;
        } catch (SQLException | RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }
}
