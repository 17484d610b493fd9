package org.rejoin.insight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.rejoin.BrowserTestSupport;

/**
 * The outcomes charts really draw in Chromium: Chart.js paints each canvas (in the element's shadow root,
 * with its spoken summary), and the table of the same figures shows under it. Demo data: a school year of
 * weekly attendance, cases opened today.
 */
class OutcomesBrowserTests extends BrowserTestSupport {

    @Test
    void theAbsenceChartIsPaintedWithItsSummaryAndItsTableShowsUnderIt() throws Exception {
        signIn("leader@northfield.example", "attend-demo-2026");
        browser.get(url("outcomes"));
        WebElement absence = waitFor(By.xpath("//rejoin-figure-chart[@data-rendered='true']"
                + "[.//caption[starts-with(normalize-space(), 'Pupils persistently and severely absent')]]"));

        WebElement canvas = canvasOf(absence);
        assertThat(canvas.getDomAttribute("role")).isEqualTo("img");
        assertThat(canvas.getDomAttribute("aria-label")).startsWith("Pupils persistently absent so far each school "
                + "year, week by week from ").contains("Latest: ");
        assertThat(paintedPixels(canvas)).as("pixels Chart.js painted").isGreaterThan(2_000);
        WebElement firstRow = absence.findElement(By.cssSelector("table tbody tr"));
        assertThat(firstRow.isDisplayed()).isTrue();
        assertThat(firstRow.getText()).contains("%");

        // the cases opened today have nothing since yet: their bar stands alone, its value written over it
        WebElement changes = waitFor(By.xpath("//rejoin-figure-chart[@data-rendered='true']"
                + "[.//caption[normalize-space()='How attendance changed, cases opened in the last 12 months']]"));
        assertThat(paintedPixels(canvasOf(changes))).isGreaterThan(500);
        js("arguments[0].scrollIntoView({block: 'start'});", absence);
        docsScreenshot("outcomes-absence-chart");
    }

    private WebElement canvasOf(WebElement chart) {
        List<WebElement> canvases = chart.getShadowRoot().findElements(By.cssSelector("canvas"));
        assertThat(canvases).hasSize(1);
        return canvases.getFirst();
    }
}
