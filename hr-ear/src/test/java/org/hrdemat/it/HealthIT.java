package org.hrdemat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Readiness on WildFly's management port once the application (migrations, start-up) is deployed. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HealthIT {

    @Deployment(testable = false)
    static EnterpriseArchive app() {
        return Deployments.application();
    }

    @Test
    void readinessIsUpWithTheApplicationDeployed() {
        Http.Reply r = Http.send(HttpRequest.newBuilder(URI.create("http://localhost:9990/health/ready")).GET().build());
        assertEquals(200, r.status(), r.body());
        assertTrue(r.body().contains("\"status\":\"UP\""), r.body());
        assertTrue(r.body().contains("hr.ear"), r.body());
    }
}
