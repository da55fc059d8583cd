package org.hrdemat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In the browser: rh finds Jean Dupont's file, uploads a document and reads it; the agent sees the document in
 * their own file and sees that rh read it. The HR retention page and the ADMIN nomenclature page pass axe-core.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PersonnelFileBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive app() {
        return Deployments.application();
    }

    @Test
    void rhUploadsToTheAgentsFileAndTheAgentSeesItAndWhoReadIt() throws Exception {
        String title = "Arrêté d'avancement d'échelon " + System.nanoTime() % 100000;
        Path pdf = Files.createTempFile("arrete", ".pdf");
        Files.write(pdf, PersonnelFileIT.pdf(title));
        try (Browser rh = new Browser(1280, 1000)) {
            rh.login("rh", "demo1234");
            rh.waitFor(By.id("navFiles")).click();
            rh.waitFor(By.id("search:text")).sendKeys("Dupont");
            rh.driver().findElement(By.id("search:go")).click();
            new WebDriverWait(rh.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.numberOfElementsToBe(
                    By.cssSelector("#hits tbody tr"), 1));
            rh.assertAccessible("files-search");
            rh.driver().findElement(By.cssSelector(".hit-A001 .open-file")).click();
            new Select(rh.waitFor(By.id("add:type"))).selectByValue("ARRETE");
            ((JavascriptExecutor) rh.driver()).executeScript("arguments[0].value = '2026-10-01';",
                    rh.driver().findElement(By.id("add:date")));
            rh.driver().findElement(By.id("add:title")).sendKeys(title);
            new Select(rh.driver().findElement(By.id("add:origin"))).selectByValue("NATIVE");
            rh.driver().findElement(By.id("add:upload")).sendKeys(pdf.toString());
            rh.assertAccessible("file-hr");
            rh.driver().findElement(By.id("add:save")).click();
            rh.waitForMessage("ajouté au dossier");
            WebElement row = rh.waitFor(By.xpath("//section[@id='section-2']//tr[td[contains(@class,'doc-title')][contains(., \""
                    + title + "\")]]"));
            String href = row.findElement(By.className("open")).getAttribute("href");
            Cookie session = rh.driver().manage().getCookieNamed("JSESSIONID");
            HttpResponse<byte[]> read = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                    .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, read.statusCode());
            assertEquals("%PDF", new String(read.body(), 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1));
            // the history of the document: its version and retention
            row.findElement(By.xpath(".//input[contains(@id,'history')]")).click();
            WebElement history = rh.waitFor(By.id("history-panel"));
            assertTrue(history.getText().contains("v1"), history.getText());
            rh.assertAccessible("file-history");

            rh.waitFor(By.id("navRetention")).click();
            rh.waitFor(By.id("review:check")).click();
            rh.waitForMessage("échéance");
            rh.assertAccessible("retention");
        }
        try (Browser agent = new Browser(1280, 1000)) {
            agent.login("agent", "demo1234");
            agent.waitFor(By.id("navMyFile")).click();
            WebElement row = agent.waitFor(By.xpath("//section[@id='section-2']//tr[td[contains(., \"" + title + "\")]]"));
            assertTrue(row.getText().contains("01/10/2026"), row.getText());
            WebElement log = agent.waitFor(By.id("access-log"));
            assertTrue(log.findElements(By.cssSelector("tr.access-rh")).stream()
                    .anyMatch(r -> r.getText().contains("Luc Bernard") && r.getText().contains("Ressources humaines")
                            && r.getText().contains("Lecture du document")), log.getText());
            assertTrue(agent.present(By.id("export")));
            agent.assertAccessible("file-agent");
        }
        try (Browser phone = new Browser(390, 844)) {
            phone.login("agent", "demo1234");
            phone.waitFor(By.id("navMyFile")).click();
            phone.screenshot("file-agent-phone-top");
            phone.waitFor(By.id("access-log"));
            phone.assertAccessible("file-agent-phone");
        }
        try (Browser admin = new Browser(1280, 1000)) {
            admin.login("admin", "demo1234");
            admin.waitFor(By.id("navNomenclature")).click();
            admin.waitFor(By.id("type-list"));
            admin.assertAccessible("nomenclature");
        }
    }
}
