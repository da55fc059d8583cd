package org.hrdemat.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In the browser: rh generates a contract for Jean Dupont and sends it; rh signs with the code received by email
 * (a real SMTP server), then the agent signs the same way; the signed contract is in the agent's personnel file.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContractBrowserIT {

    @RegisterExtension
    final TestSmtp smtp = new TestSmtp();

    @Deployment(testable = false)
    static EnterpriseArchive app() {
        return Deployments.application();
    }

    /** Asks for a code on the sign page and types the one that arrives by email; then signs. */
    private void signWithMailedCode(Browser b, String email) throws Exception {
        Set<String> before = smtp.received(email);
        b.waitFor(By.id("sign:sendCode")).click();
        b.waitForMessage("Code envoyé");
        String code = smtp.newCode(email, before);
        b.waitFor(By.id("sign:code")).sendKeys(code);
        b.driver().findElement(By.id("sign:signNow")).click();
        b.waitForMessage("Document signé");
    }

    @Test
    void rhSendsAndSignsTheAgentSignsAndTheContractIsInTheAgentsFile() throws Exception {
        String poste = "Jardinier " + System.nanoTime() % 100000;
        try (Browser rh = new Browser(1280, 1000)) {
            rh.login("rh", "demo1234");
            rh.waitFor(By.id("navContracts")).click();
            new Select(rh.waitFor(By.id("create:agent"))).selectByVisibleText("Dupont Jean (A001)");
            new Select(rh.driver().findElement(By.id("create:template"))).selectByValue("cdd-article-l332-23");
            rh.driver().findElement(By.id("create:choose")).click();
            rh.waitFor(By.cssSelector("input.field-poste")).sendKeys(poste);
            rh.driver().findElement(By.cssSelector("input.field-grade")).sendKeys("adjoint technique");
            rh.driver().findElement(By.cssSelector("input.field-indice")).sendKeys("367");
            JavascriptExecutor js = (JavascriptExecutor) rh.driver();
            js.executeScript("arguments[0].value = '2027-01-01';", rh.driver().findElement(By.cssSelector("input.field-debut")));
            js.executeScript("arguments[0].value = '2027-06-30';", rh.driver().findElement(By.cssSelector("input.field-fin")));
            rh.assertAccessible("contracts-create");
            rh.driver().findElement(By.id("create:generate")).click();
            String href = rh.waitFor(By.id("preview")).getAttribute("href");
            String id = href.replaceAll(".*/contracts/(\\d+)/pdf.*", "$1");
            WebElement row = rh.waitFor(By.cssSelector("tr.contract-" + id));
            row.findElement(By.xpath(".//input[contains(@id,'sendNow')]")).click();
            rh.waitForMessage("Envoyé pour signature");
            rh.assertAccessible("contracts-sent");

            rh.waitFor(By.id("navSignatures")).click();
            rh.waitFor(By.cssSelector("#requests tr.my-turn .open-request")).click();
            rh.waitFor(By.cssSelector("iframe.pdf-view"));
            rh.assertAccessible("sign-page");
            signWithMailedCode(rh, SignatureIT.LUC);
        }
        try (Browser agent = new Browser(1280, 1000)) {
            agent.login("agent", "demo1234");
            agent.waitFor(By.id("navSignatures")).click();
            agent.waitFor(By.cssSelector("#requests tr.my-turn .open-request")).click();
            signWithMailedCode(agent, "jean.dupont@demoville.example");
            new WebDriverWait(agent.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("request-status"), "Signé par tous et scellé"));
            agent.waitFor(By.id("navSignatures")).click();
            agent.waitFor(By.id("my-contracts"));
            agent.assertAccessible("my-contracts");
            agent.waitFor(By.id("navMyFile")).click();
            WebElement section = agent.waitFor(By.id("section-2"));
            assertTrue(section.getText().contains("Contrat à durée déterminée"), section.getText());
        }
    }
}
