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
import org.openqa.selenium.support.ui.Select;

/** HR and ADMIN pages in a real browser: agent form with field messages, employer switch, admin lists, audit. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminPagesBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive app() {
        return Deployments.application();
    }

    private final String matricule = "W" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();

    @Test
    void hrCreatesAnAgentAfterFixingAWrongField() throws Exception {
        try (Browser b = new Browser(1280, 1000)) {
            b.login("rh", "demo1234");
            b.waitFor(By.id("navEmployees")).click();
            b.waitFor(By.id("employees:new")).click();
            b.waitFor(By.id("employee:matricule")).sendKeys(matricule);
            b.driver().findElement(By.id("employee:lastName")).sendKeys("Lefèvre");
            b.driver().findElement(By.id("employee:firstName")).sendKeys("Nina");
            b.driver().findElement(By.id("employee:birthDate")).sendKeys("31/13/1990");
            b.driver().findElement(By.id("employee:email")).sendKeys("nina.lefevre@demoville.example");
            new Select(b.driver().findElement(By.id("employee:orgUnit")))
                    .selectByVisibleText("Direction générale > Services techniques");
            b.driver().findElement(By.id("employee:workDays")).clear();
            b.driver().findElement(By.id("employee:workDays")).sendKeys("lun,mar,jeu,ven");
            b.driver().findElement(By.id("employee:quotite")).clear();
            b.driver().findElement(By.id("employee:quotite")).sendKeys("80");
            b.driver().findElement(By.id("employee:save")).click();

            String fieldMessage = b.waitFor(By.cssSelector("[id='employee:birthDate'] ~ .ui-message, .ui-message-error"))
                    .getText();
            assertTrue(fieldMessage.contains("Date de naissance"), fieldMessage);
            b.assertAccessible("employee-form-error");

            b.driver().findElement(By.id("employee:birthDate")).clear();
            b.driver().findElement(By.id("employee:birthDate")).sendKeys("14/07/1990");
            b.driver().findElement(By.id("employee:save")).click();
            b.waitFor(By.cssSelector("#messages .msg-info"));
            assertTrue(b.driver().getCurrentUrl().contains("id="), b.driver().getCurrentUrl());
            assertEquals("14/07/1990", b.driver().findElement(By.id("employee:birthDate")).getAttribute("value"));

            b.open("/hr/employees.xhtml");
            b.waitFor(By.id("employees:table"));
            assertTrue(b.driver().getPageSource().contains(matricule));
        }
    }

    @Test
    void adminSwitchesEmployerAndSeesAdminPages() throws Exception {
        try (Browser b = new Browser(1280, 1000)) {
            b.login("admin", "demo1234");
            b.waitFor(By.id("card-admin"));
            assertEquals("2", b.waitFor(By.id("admin-employers")).getText());
            b.assertAccessible("home-admin");

            b.waitFor(By.id("navEmployees")).click();
            b.waitFor(By.id("employees:table"));
            assertTrue(b.driver().getPageSource().contains("A001"));

            new Select(b.driver().findElement(By.id("header:employer")))
                    .selectByVisibleText("Communauté de communes du Val");
            b.driver().findElement(By.id("header:switchEmployer")).click();
            b.waitFor(By.xpath("//h1[contains(., 'Communauté de communes du Val')]"));
            assertTrue(b.driver().getPageSource().contains("V001"));
            assertFalse(b.driver().getPageSource().contains("A001"), "Démoville agents after switching to Val");

            b.driver().findElement(By.id("navOrgUnits")).click();
            b.waitFor(By.id("orgUnit:name"));
            assertTrue(b.driver().getPageSource().contains("Administration générale"));
            b.assertAccessible("orgunits-admin");

            b.driver().findElement(By.id("navAccounts")).click();
            b.waitFor(By.id("table"));
            assertTrue(b.driver().getPageSource().contains("agent3"));
            b.assertAccessible("accounts-admin");

            b.driver().findElement(By.id("navEmployers")).click();
            b.waitFor(By.id("employer:name"));
            assertTrue(b.driver().getPageSource().contains("Commune de Démoville"));
            b.assertAccessible("employers-admin");

            b.driver().findElement(By.id("navAudit")).click();
            b.waitFor(By.id("audit:verify")).click();
            String verdict = b.waitFor(By.cssSelector("#messages .msg-info")).getText();
            assertTrue(verdict.contains("Chaîne intègre"), verdict);
            b.assertAccessible("audit-admin");
        }
    }
}
