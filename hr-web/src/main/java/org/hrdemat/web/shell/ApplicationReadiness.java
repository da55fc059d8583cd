package org.hrdemat.web.shell;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.hrdemat.platform.PlatformStatus;

/**
 * The application's own readiness: it exists only once the web module is deployed (pages and API registered, the
 * schema migrated), and answers UP while the database does. The server reports readiness DOWN while no such check
 * answers, so a load balancer never sends users to a server whose application is not there yet.
 */
@Readiness
@ApplicationScoped
public class ApplicationReadiness implements HealthCheck {

    @EJB
    PlatformStatus platform;

    @Override
    public HealthCheckResponse call() {
        String problem;
        try {
            problem = platform.databaseProblem();
        } catch (RuntimeException e) {
            problem = e.getClass().getSimpleName();
        }
        var response = HealthCheckResponse.named("hr-demat");
        if (problem != null) {
            return response.down().withData("database", problem).build();
        }
        return response.up().withData("database", "reachable")
                .withData("schema", String.valueOf(platform.schemaVersion())).build();
    }
}
