package org.rejoin.family.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.rejoin.AxeCheck;
import org.rejoin.BrowserTestSupport;
import org.rejoin.family.FamilyCase;
import org.rejoin.family.FamilyService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * axe-core in Chromium on the family's pages, at a phone's width and a desktop's: the link's landing page, the plan
 * (with a change asked for), the parent's view before a review, the pupil's own form, and the pages that refuse a
 * used link or ask for a new one. No WCAG 2.2 A/AA violation on any of them.
 */
class FamilyPagesAccessibilityBrowserTests extends BrowserTestSupport {

    @Autowired
    FamilyCase cases;
    @Autowired
    FamilyService family;

    @BeforeEach
    void axeInstalled() {
        Assumptions.assumeTrue(AxeCheck.installed(), "axe-core is needed: cd tools/axe && npm ci (.ci/run does)");
    }

    @Test
    void everyFamilyPageMeetsWcag22AAOnAPhoneAndADesktop() {
        FamilyCase.Made made = cases.make();
        family.inviteContact(made.champion(), made.caseId(), made.mother().id());
        String pupilEmail = "maya-" + made.caseId().toString().substring(0, 8) + "@pupils.example";
        family.invitePupil(made.champion(), made.caseId(), "Maya", pupilEmail);
        String motherLink = FamilyCase.linksTo(made.mother().email()).getFirst();
        String pupilLink = FamilyCase.linksTo(pupilEmail).getFirst();
        Map<String, List<String>> found = new LinkedHashMap<>();

        browser.manage().window().setSize(new Dimension(390, 844));
        check(found, "link (mother, phone)", motherLink.substring(1), By.id("open-page"));
        click(By.id("open-page"));
        waitFor(By.id("goal"));
        browser.findElement(By.id("change")).sendKeys("Could she start at 9:30?");
        click(By.cssSelector("form[action$='/change'] button"));
        waitFor(By.id("changes"));
        check(found, "plan with a change asked for (phone)", null, By.id("changes"));
        check(found, "parent's view (phone)", "family/cases/" + made.caseId() + "/view", By.id("lastStep"));

        browser.manage().window().setSize(new Dimension(1400, 1000));
        check(found, "plan (desktop)", "family/cases/" + made.caseId(), By.id("goal"));
        check(found, "link used again", motherLink.substring(1), By.id("open-page"));
        click(By.id("open-page"));
        waitFor(By.id("refused"));
        check(found, "link refused", null, By.id("refused"));
        check(found, "ask for a new link", "family/sign-in", By.cssSelector("main"));

        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(url(pupilLink.substring(1)));
        click(By.id("open-page"));
        waitFor(By.id("goal"));
        check(found, "plan (pupil, phone)", null, By.id("goal"));
        check(found, "pupil's own form (phone)", "family/cases/" + made.caseId() + "/view", By.id("pupil-form"));

        assertThat(found).as("WCAG 2.2 A/AA violations axe found, by family page").isEmpty();
    }

    /** Opens the page (or stays on the one open) and records what axe finds there. */
    private void check(Map<String, List<String>> found, String name, String path, By ready) {
        if (path != null) {
            browser.get(url(path));
        }
        waitFor(ready);
        List<String> violations = AxeCheck.violations(browser);
        if (!violations.isEmpty()) {
            found.put(name, violations);
        }
    }
}
