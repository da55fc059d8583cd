package org.hrdemat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** In a real browser: rh imports the month's bulk PDF and publishes it; agent finds and downloads the sealed payslip. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PayslipBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive app() {
        return Deployments.application();
    }

    @Test
    void rhImportsAndPublishesAgentDownloads() throws Exception {
        Path bulk = Files.createTempFile("paie-2026-11", ".pdf");
        Files.write(bulk, PayslipIT.bulk("Matricule : A001 novembre 2026", "Matricule : A002 novembre 2026",
                "Matricule : M001 novembre 2026"));
        try (Browser rh = new Browser(1280, 1000)) {
            rh.login("rh", "demo1234");
            rh.waitFor(By.id("navPayroll")).click();
            WebElement period = rh.waitFor(By.id("payroll:period"));
            ((JavascriptExecutor) rh.driver()).executeScript("arguments[0].value = '2026-11';", period);
            rh.driver().findElement(By.id("payroll:file")).sendKeys(bulk.toString());
            rh.assertAccessible("payroll-import");
            rh.driver().findElement(By.id("payroll:upload")).click();
            new WebDriverWait(rh.driver(), Duration.ofSeconds(90)).until(ExpectedConditions.presenceOfElementLocated(
                    By.xpath("//section[contains(@class,'run')][.//h2[contains(., '2026-11')]]//input[contains(@id,'publish')]")));
            WebElement card = rh.driver().findElement(By.xpath("//section[contains(@class,'run')][.//h2[contains(., '2026-11')]]"));
            assertTrue(card.findElement(By.className("matched")).getText().startsWith("3"), card.getText());
            assertEquals("3", card.findElement(By.className("pdfa")).getText(), card.getText());
            // HR reviews the payslips of the run before publishing: one row per agent, each PDF/A, each can be opened
            card.findElement(By.xpath(".//input[contains(@id,'show')]")).click();
            new WebDriverWait(rh.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.numberOfElementsToBe(
                    By.cssSelector(".run-payslips tbody tr"), 3));
            List<WebElement> rows = rh.driver().findElements(By.cssSelector(".run-payslips tbody tr"));
            assertTrue(rows.get(0).getText().contains("A001") && rows.get(0).getText().contains("PDF/A-3b"), rows.get(0).getText());
            assertTrue(rows.get(0).findElement(By.tagName("a")).getAttribute("href").matches(".*/api/v1/payslips/\\d+/pdf"));
            rh.assertAccessible("payroll-ready");
            card = rh.driver().findElement(By.xpath("//section[contains(@class,'run')][.//h2[contains(., '2026-11')]]"));
            card.findElement(By.xpath(".//input[contains(@id,'publish')]")).click();
            rh.waitFor(By.cssSelector("#messages .msg-info"));
        }
        try (Browser agent = new Browser(1280, 1000)) {
            agent.login("agent", "demo1234");
            agent.waitFor(By.id("navPayslips")).click();
            WebElement row = agent.waitFor(By.xpath("//table[@id='payslips']//tr[th[text()='2026-11']]"));
            agent.assertAccessible("payslips-agent");
            String href = row.findElement(By.className("download")).getAttribute("href");
            Cookie session = agent.driver().manage().getCookieNamed("JSESSIONID");
            HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                    .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, pdf.statusCode());
            assertTrue(pdf.headers().firstValue("Content-Disposition").orElse("").contains("bulletin-2026-11-A001"));
            Path file = Files.createTempFile("downloaded", ".pdf");
            Files.write(file, pdf.body());
            Process p = new ProcessBuilder("pdfsig", file.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(30, TimeUnit.SECONDS);
            assertTrue(out.contains("Signature is Valid"), out);
        }
    }
}
