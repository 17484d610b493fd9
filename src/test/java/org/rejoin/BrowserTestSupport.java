package org.rejoin;

import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * End-to-end tests in Debian's Chromium (installed by .ci/run), driven through its chromedriver,
 * against the app on its random port.
 */
@RejoinTest
public abstract class BrowserTestSupport {

    @LocalServerPort
    protected int port;
    protected WebDriver browser;
    protected WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws Exception {
        browser = Chromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** The browser, for helpers outside this class's family of tests (FamilyCase's family-page walk). */
    public WebDriver browser() {
        return browser;
    }

    /** Waits, as long as this test's waits, until the condition holds. */
    public <V> V waitUntil(java.util.function.Function<? super WebDriver, V> condition) {
        return wait.until(condition);
    }

    public String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** Signs in through the real login form, as a person would. */
    protected void signIn(String username, String password) {
        browser.get(url("login"));
        WebElement user = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=username]")));
        user.sendKeys(username);
        browser.findElement(By.cssSelector("input[name=password]")).sendKeys(password);
        browser.findElement(By.cssSelector("vaadin-button[slot=submit], vaadin-login-form vaadin-button")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("login")));
    }

    /**
     * Scrolls the element to the middle of the window first, so overlays at the edges cannot intercept the click.
     * A form that Vaadin or form-js draws again between finding and clicking leaves a stale element: it is found again.
     */
    public void click(By locator) {
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(driver -> {
            WebElement element = waitFor(locator);
            ((org.openqa.selenium.JavascriptExecutor) browser)
                    .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
            wait.until(ExpectedConditions.elementToBeClickable(element)).click();
            return true;
        });
    }

    /** Keeps a picture of the page under target/screenshots, for people to look at. */
    protected void screenshot(String name) throws java.io.IOException {
        DocsScreenshots.keep(browser, name);
    }

    /** A picture the docs show, on the demo data ({@link DocsScreenshots#forTheDocs}). */
    protected void docsScreenshot(String name) throws java.io.IOException {
        DocsScreenshots.forTheDocs(browser, name);
    }

    /** The system property that makes {@link #docsScreenshot} write into docs/screenshots. */
    public static final String WRITE_DOCS = DocsScreenshots.WRITE_DOCS;

    /** Vaadin's development-mode notice would cover part of the screenshots kept in docs/. */
    protected void hideDevelopmentTools() {
        js("document.querySelectorAll('vaadin-dev-tools, copilot-main').forEach(e => e.style.display = 'none');");
    }

    /** How many pixels of a canvas are painted: a chart that failed to draw leaves it blank. */
    protected long paintedPixels(org.openqa.selenium.WebElement canvas) {
        return ((Number) js("""
                const c = arguments[0];
                const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                let painted = 0;
                for (let i = 3; i < data.length; i += 4) { if (data[i] > 0) painted++; }
                return painted;""", canvas)).longValue();
    }

    protected Object js(String script, Object... args) {
        return ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(script, args);
    }

    public WebElement waitFor(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }
}
