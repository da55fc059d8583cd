package org.hrdemat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** Real Chromium: an agent makes a read-only API token on "Jetons d'API", sees it once, uses it, revokes it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TokensBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive app() {
        return Deployments.application();
    }

    @Test
    void anAgentMakesUsesAndRevokesAToken() throws Exception {
        try (Browser b = new Browser(1280, 900)) {
            b.login("agent2", "demo1234");
            b.driver().findElement(By.id("navTokens")).click();
            b.waitFor(By.id("create:name")).sendKeys("Tableur du service");
            b.driver().findElement(By.id("create:readOnly")).click();
            b.driver().findElement(By.id("create:createToken")).click();
            String secret = b.waitFor(By.id("secret-value")).getText().trim();
            assertTrue(secret.startsWith("hrd_") && secret.length() == 47, secret);
            b.assertAccessible("tokens");
            b.screenshot("tokens-created");

            Http.Reply me = Http.send(Http.request("/api/v1/me", null).header("Authorization", "Bearer " + secret)
                    .GET().build());
            assertEquals(200, me.status(), me.body());
            assertTrue(me.body().contains("\"agent2\""), me.body());
            Http.Reply write = Http.send(Http.request("/api/v1/me/payslip-preference", null)
                    .header("Authorization", "Bearer " + secret).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"paper\":true}")).build());
            assertEquals(403, write.status(), "read-only");

            // shown once: the page again lists it by its first characters only
            b.open("/account/tokens.xhtml");
            String page = b.waitFor(By.id("list:table")).getText();
            assertTrue(page.contains("Tableur du service") && page.contains(secret.substring(0, 10)), page);
            assertFalse(b.driver().getPageSource().contains(secret.substring(10)), "the secret is not shown again");
            b.driver().findElement(By.cssSelector("[id$=':revoke']")).click();
            b.waitForMessage("Jeton révoqué");
            assertTrue(b.driver().findElement(By.id("list:table")).getText().contains("Révoqué"));
            assertEquals(401, Http.send(Http.request("/api/v1/me", null).header("Authorization", "Bearer " + secret)
                    .GET().build()).status());
        }
    }
}
