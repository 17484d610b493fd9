package org.rejoin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * Pictures of pages: kept under target/screenshots on every run, for people to look at; the ones the docs show
 * (docs/screenshots/{name}.png) are copied over the docs' copy when the run is asked to ({@value #WRITE_DOCS}=true),
 * so the docs show the pages as they are now (docs/operating/screenshots.md).
 */
public final class DocsScreenshots {

    /** The system property that makes {@link #forTheDocs} write into docs/screenshots. */
    public static final String WRITE_DOCS = "rejoin.screenshots.write";

    private DocsScreenshots() {
    }

    /** Keeps a picture of the page under target/screenshots. */
    public static void keep(WebDriver browser, String name) throws IOException {
        byte[] shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), shot);
    }

    /** Keeps the picture, and writes it into docs/screenshots when asked to; development tools hidden first. */
    public static void forTheDocs(WebDriver browser, String name) throws IOException {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.querySelectorAll('vaadin-dev-tools, copilot-main').forEach(e => e.style.display = 'none');");
        keep(browser, name);
        if (Boolean.getBoolean(WRITE_DOCS)) {
            Path docs = Path.of("docs", "screenshots");
            Files.createDirectories(docs);
            Files.copy(Path.of("target", "screenshots", name + ".png"), docs.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
