package org.hrdemat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** In a real browser: agent requests leave with the live count, manager approves, agent sees it and the balance. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LeaveBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive app() {
        return Deployments.application();
    }

    private static void setDate(Browser b, String id, String isoDate) {
        WebElement input = b.driver().findElement(By.id(id));
        ((JavascriptExecutor) b.driver()).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                input, isoDate);
    }

    private static BigDecimal remainingCa(Browser b) {
        return new BigDecimal(b.waitFor(By.cssSelector("#balance-CA .remaining")).getText().trim());
    }

    @Test
    void agentRequestsManagerApprovesAgentSeesItApprovedAndTheBalanceChanged() throws Exception {
        BigDecimal before;
        String requestRowId;
        try (Browser agent = new Browser(1280, 1000)) {
            agent.login("agent", "demo1234");
            agent.waitFor(By.id("navMyLeave")).click();
            before = remainingCa(agent);
            agent.assertAccessible("leave-my");

            // Monday 14 to Friday 18 December 2026, from the afternoon of the 14th: 4.5 days
            setDate(agent, "request:startDate", "2026-12-14");
            new org.openqa.selenium.support.ui.Select(agent.driver().findElement(By.id("request:startHalf")))
                    .selectByValue("PM");
            setDate(agent, "request:endDate", "2026-12-18");
            new WebDriverWait(agent.driver(), java.time.Duration.ofSeconds(20))
                    .until(ExpectedConditions.or(
                            ExpectedConditions.textToBePresentInElementLocated(By.id("live-count"), "4,5"),
                            ExpectedConditions.textToBePresentInElementLocated(By.id("live-count"), "4.5")));
            String remaining = agent.waitFor(By.id("live-remaining")).getText().replace(',', '.');
            assertTrue(remaining.contains(before.subtract(new BigDecimal("4.5")).toPlainString()), remaining);
            agent.driver().findElement(By.id("request:submit")).click();
            agent.waitFor(By.cssSelector("#messages .msg-info"));
            assertEquals(before.subtract(new BigDecimal("4.5")), remainingCa(agent));
            WebElement row = agent.driver().findElements(By.cssSelector("#requests-table tbody tr")).stream()
                    .filter(r -> r.getText().contains("14/12/2026")).findFirst().orElseThrow();
            requestRowId = row.getAttribute("id");
            assertTrue(row.getText().contains("En attente"), row.getText());
        }
        String requestId = requestRowId.substring("request-".length());

        try (Browser manager = new Browser(1280, 1000)) {
            manager.login("manager", "demo1234");
            manager.waitFor(By.id("navApprovals")).click();
            WebElement card = manager.waitFor(By.id("approval-" + requestId));
            assertTrue(card.getText().contains("Jean Dupont"), card.getText());
            manager.assertAccessible("leave-approvals");
            card.findElement(By.cssSelector("input[id$=':approve']")).click();
            new WebDriverWait(manager.driver(), java.time.Duration.ofSeconds(20))
                    .until(ExpectedConditions.invisibilityOfElementLocated(By.id("approval-" + requestId)));
        }

        try (Browser agent = new Browser(1280, 1000)) {
            agent.login("agent", "demo1234");
            agent.waitFor(By.id("navMyLeave")).click();
            WebElement row = agent.waitFor(By.id("request-" + requestId));
            assertEquals("Acceptée", row.findElement(By.className("status")).getText());
            assertTrue(row.getText().contains("Claire Martin"), row.getText());
            assertEquals(before.subtract(new BigDecimal("4.5")), remainingCa(agent));
        }
    }

    @Test
    void managerAndHrPagesOpenAndAreAccessible() throws Exception {
        try (Browser manager = new Browser(1280, 1000)) {
            manager.login("manager", "demo1234");
            manager.waitFor(By.id("navDelegation")).click();
            manager.waitFor(By.id("delegation:delegate"));
            manager.assertAccessible("leave-delegation");
            manager.driver().findElement(By.id("navTeam")).click();
            manager.waitFor(By.cssSelector("#team\\:schedule .fc-daygrid"));
            manager.assertAccessible("leave-team-calendar");
        }
        try (Browser hr = new Browser(1280, 1000)) {
            hr.login("rh", "demo1234");
            hr.waitFor(By.id("navHrLeave")).click();
            hr.waitFor(By.id("balances"));
            assertTrue(hr.driver().findElement(By.id("agent-A002")).getText().contains("Durand"));
            hr.assertAccessible("leave-hr");
        }
    }
}
