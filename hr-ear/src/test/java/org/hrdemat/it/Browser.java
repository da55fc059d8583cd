package org.hrdemat.it;

import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Debian Chromium driven by Selenium, with axe-core checks and screenshots of each visited page. */
final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final Path profile;

    Browser(int width, int height) throws IOException {
        profile = Files.createTempDirectory("hr-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("hr.chrome.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=" + width + "," + height,
                "--lang=fr-FR");
        if (width < 500) {
            // a desktop window cannot be narrower than about 500 px: emulate the phone's viewport instead
            options.setExperimentalOption("mobileEmulation", java.util.Map.of("deviceMetrics",
                    java.util.Map.of("width", width, "height", height, "pixelRatio", 2.0)));
        }
        // the console, to find the scripts and styles the Content-Security-Policy refused
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("hr.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    WebDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(Http.BASE + path);
    }

    WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /**
     * Waits for the page that answers the last click, by the text of its message: an older message may still be on
     * the page while the answer loads.
     */
    void waitForMessage(String text) {
        // the messages are re-rendered while the page updates: Chromium may answer for a node just replaced
        // ("Node with given id does not belong to the document"), which is not a stale-element error: look again
        new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), text));
    }

    boolean present(By by) {
        return !driver.findElements(by).isEmpty();
    }

    /** Logs in through the real login page. */
    void login(String username, String password) {
        open("/login.xhtml");
        waitFor(By.id("login:username")).clear();
        driver.findElement(By.id("login:username")).sendKeys(username);
        driver.findElement(By.id("login:password")).sendKeys(password);
        driver.findElement(By.id("login:submit")).click();
    }

    void logout() {
        waitFor(By.id("header:logout")).click();
        waitFor(By.id("login:username"));
    }

    /**
     * Fails when the browser refused anything of the pages visited since the last look under their
     * Content-Security-Policy (an inline script or handler without the page's nonce, an eval): the pages must work
     * under the policy they are sent with.
     */
    void assertNoPolicyViolation(String pageName) {
        List<String> refused = policyRefusals();
        if (!refused.isEmpty()) {
            fail("The browser refused under the Content-Security-Policy, up to " + pageName + ":\n"
                    + String.join("\n", refused));
        }
    }

    /** What the browser refused under the Content-Security-Policy since the last look (each is told once). */
    List<String> policyRefusals() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll()
                .stream().map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy")).toList();
    }

    /**
     * Fails on any serious or critical axe-core violation (WCAG 2.1 A/AA rules) of the current page, or on anything
     * its Content-Security-Policy refused.
     */
    void assertAccessible(String pageName) {
        screenshot(pageName);
        assertNoPolicyViolation(pageName);
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver);
        List<Rule> blocking = results.getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact())).toList();
        if (!blocking.isEmpty()) {
            fail("Accessibility violations on " + pageName + ":\n" + blocking.stream()
                    .map(r -> r.getImpact() + " " + r.getId() + ": " + r.getHelp() + " -> " + r.getNodes().stream()
                            .map(n -> String.valueOf(n.getTarget())).limit(5).collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("\n")));
        }
    }

    void screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("hr.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            // a missing screenshot must not hide the real test result
        }
    }

    @Override
    public void close() throws IOException {
        try {
            assertNoPolicyViolation("the end of the test");
        } finally {
            closeDriver();
        }
    }

    private void closeDriver() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
