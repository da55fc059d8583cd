package org.hrdemat.web.health;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.hrdemat.demo.DemoData;
import org.hrdemat.platform.SchemaMigrator;

/** Readiness for load balancers: DOWN until the schema is migrated and start-up (demo data included) is done. */
@Readiness
@ApplicationScoped
public class ApplicationReadiness implements HealthCheck {

    @EJB
    SchemaMigrator migrator;

    @EJB
    DemoData demoData;

    @Override
    public HealthCheckResponse call() {
        boolean up = migrator.isMigrated() && demoData.isStartupDone();
        return HealthCheckResponse.named("hr-demat")
                .status(up)
                .withData("schemaVersion", String.valueOf(migrator.getSchemaVersion()))
                .withData("demoMode", String.valueOf(demoData.isDemoMode()))
                .build();
    }
}
