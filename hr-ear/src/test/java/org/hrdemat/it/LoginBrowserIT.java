package org.hrdemat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/** Real Chromium through the login page: each role's home and menu, the wrong-password message, languages, phone. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive app() {
        return Deployments.application();
    }

    @Test
    void hrLogsInAndSeesTheHrHomeAndMenu() throws Exception {
        try (Browser b = new Browser(1280, 900)) {
            b.open("/");
            b.waitFor(By.id("login:username"));
            assertTrue(b.driver().getCurrentUrl().contains("/login.xhtml"));
            b.assertAccessible("login");

            b.login("rh", "demo1234");
            String agents = b.waitFor(By.id("active-agents")).getText();
            assertTrue(Integer.parseInt(agents.trim()) >= 4, agents);
            assertTrue(b.present(By.id("navEmployees")));
            assertTrue(b.present(By.id("navImport")));
            assertFalse(b.present(By.id("navAudit")), "rh is not an administrator");
            assertTrue(b.waitFor(By.id("current-user")).getText().contains("Luc Bernard"));
            assertEquals("R001", b.waitFor(By.id("agent-matricule")).getText());
            b.assertAccessible("home-rh");

            b.driver().findElement(By.id("navEmployees")).click();
            b.waitFor(By.id("employees:table"));
            assertTrue(b.driver().getPageSource().contains("A001"));
            assertFalse(b.driver().getPageSource().contains("V001"), "agents of another employer must not show");
            b.assertAccessible("employees-rh");

            b.logout();
            assertTrue(b.present(By.id("loggedOutNotice")));
            b.open("/index.xhtml");
            b.waitFor(By.id("login:username"));
        }
    }

    @Test
    void agentLogsInAndSeesOwnSituation() throws Exception {
        try (Browser b = new Browser(1280, 900)) {
            b.login("agent", "demo1234");
            assertEquals("A001", b.waitFor(By.id("agent-matricule")).getText());
            assertTrue(b.waitFor(By.id("agent-unit")).getText().contains("Services techniques"));
            assertEquals("Claire Martin", b.waitFor(By.id("agent-managers")).getText());
            assertTrue(b.waitFor(By.id("welcome")).getText().contains("Jean Dupont"));
            assertFalse(b.present(By.id("navEmployees")), "an agent has no HR menu");
            assertFalse(b.present(By.id("card-hr")));
            b.assertAccessible("home-agent");

            b.open("/hr/employees.xhtml");
            b.waitFor(By.id("error-text"));
            assertFalse(b.driver().getPageSource().contains("A002"), "HR pages are closed to agents");
            b.assertAccessible("forbidden-agent");
        }
    }

    @Test
    void wrongPasswordShowsTheMessage() throws Exception {
        try (Browser b = new Browser(1280, 900)) {
            b.login("manager", "not-the-password");
            String text = b.waitFor(By.cssSelector("#messages .msg-error")).getText();
            assertTrue(text.contains("Identifiant ou mot de passe incorrect."), text);
            assertTrue(b.present(By.id("login:username")));
            b.assertAccessible("login-wrong-password");
        }
    }

    @Test
    void languageSwitchesToEnglishAndBack() throws Exception {
        try (Browser b = new Browser(1280, 900)) {
            b.open("/login.xhtml");
            assertEquals("Connexion", b.waitFor(By.tagName("h1")).getText());
            b.driver().findElement(By.id("language:en")).click();
            b.waitFor(By.xpath("//h1[text()='Log in']"));
            assertEquals("en", b.driver().findElement(By.tagName("html")).getAttribute("lang"));
            b.login("manager", "demo1234");
            assertTrue(b.waitFor(By.id("manager-title")).getText().contains("Management"));
            b.assertAccessible("home-manager-en");
            b.driver().findElement(By.id("header:langFr")).click();
            b.waitFor(By.xpath("//h2[@id='manager-title' and text()='Encadrement']"));
        }
    }

    @Test
    void homeFitsAPhoneScreen() throws Exception {
        try (Browser b = new Browser(375, 812)) {
            b.login("agent2", "demo1234");
            assertEquals("A002", b.waitFor(By.id("agent-matricule")).getText());
            long width = (Long) ((JavascriptExecutor) b.driver())
                    .executeScript("return document.documentElement.scrollWidth;");
            Object wide = ((JavascriptExecutor) b.driver()).executeScript(
                    "return Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > 376)"
                    + ".slice(0, 8).map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join('; ');");
            assertTrue(width <= 375, "page is " + width + " px wide on a 375 px phone; too wide: " + wide);
            b.assertAccessible("home-agent2-phone");
        }
    }
}
