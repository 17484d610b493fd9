package org.rejoin.insight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.rejoin.BrowserTestSupport;

/**
 * The overview in Chromium at 1366 px: no table heading wraps into three lines, and each process diagram
 * fits the width and zooms in, out and back to fit from its buttons, by mouse and by keyboard.
 */
class OverviewLayoutBrowserTests extends BrowserTestSupport {

    private static final By DIAGRAM = By.cssSelector(".process-heat-map rejoin-process-diagram[data-rendered='true']");

    /** Each header cell's text height in lines of its own line height, keyed by its text. */
    private static final String HEADING_LINES = """
            const lines = {};
            document.querySelectorAll('table.figure-table thead th').forEach((th) => {
              const range = document.createRange();
              range.selectNodeContents(th);
              const height = range.getBoundingClientRect().height;
              const lineHeight = parseFloat(getComputedStyle(th).lineHeight);
              lines[th.textContent.trim()] = Math.round(height / lineHeight);
            });
            return lines;""";

    @Test
    void headingsStayWithinTwoLinesAndTheDiagramsZoomFromTheirButtons() throws Exception {
        browser.manage().window().setSize(new Dimension(1366, 900));
        signIn("attendance-lead@riverside.example", "attend-demo-2026");
        waitFor(By.xpath("//table[caption[normalize-space()='Schools compared, lowest attendance first']]"));

        @SuppressWarnings("unchecked")
        Map<String, Long> comparison = (Map<String, Long>) js(HEADING_LINES);
        assertThat(comparison).containsKeys("Understanding the barriers (cases)", "Support plan (cases)");
        assertThat(comparison).allSatisfy((heading, lines) -> assertThat(lines).as(heading).isBetween(1L, 2L));
        docsScreenshot("overview-local-authority-1366");

        click(By.linkText("Northfield Academy"));
        // the page is drawn again for the one school: wait for its heading, then for its first diagram
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//h1[normalize-space()='Overview: Northfield Academy']")));
        wait.until(ExpectedConditions.presenceOfElementLocated(DIAGRAM));
        WebElement diagram = browser.findElement(DIAGRAM);
        @SuppressWarnings("unchecked")
        Map<String, Long> school = (Map<String, Long>) js(HEADING_LINES);
        assertThat(school).containsKey("Cases at step");
        assertThat(school).allSatisfy((heading, lines) -> assertThat(lines).as(heading).isBetween(1L, 2L));

        // fitted to the width: the drawing is no wider than the page's content
        Number diagramWidth = (Number) js("return arguments[0].getBoundingClientRect().right;", diagram);
        Number pageWidth = (Number) js("return document.documentElement.clientWidth;");
        assertThat(diagramWidth.doubleValue()).isLessThanOrEqualTo(pageWidth.doubleValue());

        double fitted = zoom(diagram);
        click(By.cssSelector("vaadin-button[aria-label='Zoom in: Understanding the barriers']"));
        wait.until(d -> zoom(diagram) > fitted * 1.2);

        WebElement zoomOut = browser.findElement(By.cssSelector(
                "vaadin-button[aria-label='Zoom out: Understanding the barriers']"));
        js("arguments[0].focus();", zoomOut);
        zoomOut.sendKeys(Keys.ENTER);
        zoomOut.sendKeys(Keys.SPACE);
        wait.until(d -> zoom(diagram) < fitted);

        WebElement fit = browser.findElement(By.cssSelector(
                "vaadin-button[aria-label='Fit the whole diagram: Understanding the barriers']"));
        js("arguments[0].focus();", fit);
        fit.sendKeys(Keys.ENTER);
        wait.until(d -> Math.abs(zoom(diagram) - fitted) < 0.01);
        docsScreenshot("overview-school-diagram-1366");
        assertThat(browser.findElements(By.cssSelector(".process-heat-map .figure-table"))).hasSizeGreaterThan(1)
                .allSatisfy(table -> assertThat(List.of(table.getText())).isNotEmpty());
    }

    private double zoom(WebElement diagram) {
        return ((Number) js("return arguments[0]._viewer.get('canvas').zoom();", browser.findElement(DIAGRAM)))
                .doubleValue();
    }
}
