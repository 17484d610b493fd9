package org.rejoin.insight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.rejoin.BrowserTestSupport;

/**
 * A local authority officer in Chromium: signing in lands on the overview of the demo authority's two
 * schools side by side, and a school's name opens that school's overview with its meeting pack.
 */
class LocalAuthorityOverviewBrowserTests extends BrowserTestSupport {

    @Test
    void theOfficerComparesTheSchoolsAndOpensOne() throws Exception {
        signIn("attendance-lead@riverside.example", "attend-demo-2026");
        WebElement comparison = waitFor(By.xpath("//table[caption[normalize-space()="
                + "'Schools compared, lowest attendance first']]"));

        List<String> schools = comparison.findElements(By.cssSelector("tbody th a")).stream()
                .map(WebElement::getText).toList();
        assertThat(schools).containsExactlyInAnyOrder("Northfield Academy", "Southgate High School");
        assertThat(comparison.findElements(By.xpath(".//a[normalize-space()='Meeting pack']"))).hasSize(2);
        docsScreenshot("local-authority-overview");

        click(By.linkText("Northfield Academy"));
        // the link was scrolled to the middle, so the new heading sits above the window: present, not in view
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//h1[normalize-space()='Overview: Northfield Academy']")));
        assertThat(browser.findElements(By.xpath("//table[caption[normalize-space()="
                + "'Schools compared, lowest attendance first']]"))).isEmpty();
        assertThat(browser.findElement(By.partialLinkText("Targeting support meeting pack")).getDomAttribute("href"))
                .startsWith("targeting/");
    }
}
