package org.rejoin.family.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.rejoin.BrowserTestSupport;
import org.rejoin.TestData;
import org.rejoin.family.FamilyCase;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole loop in Chromium: the lead champion invites the mother on the case page, the link is read from the
 * SMTP server's mailbox, the mother opens it on a phone-sized screen (390 px), agrees the plan and gives her view,
 * and the champion reads it on the case page; the link used again shows its clear page.
 */
class FamilyPageBrowserTests extends BrowserTestSupport {

    @Autowired
    FamilyCase cases;

    @Test
    void aMotherInvitedByEmailAgreesThePlanAndGivesHerViewOnAPhoneAndTheChampionReadsIt() throws Exception {
        FamilyCase.Made made = cases.make();
        signIn(made.champion().username(), TestData.PASSWORD);
        browser.get(url("cases/" + made.caseId()));
        click(By.xpath("//vaadin-button[contains(., 'Invite Sara Family')]"));
        wait.until(d -> !FamilyCase.linksTo(made.mother().email()).isEmpty());
        String link = FamilyCase.linksTo(made.mother().email()).getFirst();

        FamilyCase.openOnAPhone(this, link);
        assertThat(((Number) js("return window.innerWidth")).intValue()).isLessThanOrEqualTo(390);
        assertThat(((Number) js("return document.documentElement.scrollWidth")).intValue())
                .as("nothing wider than the phone").isLessThanOrEqualTo(390);
        assertThat(browser.findElement(By.id("steps")).getText()).contains("Step 1: Come in for period 1 on Mondays",
                "Done! Well done.", "Step 2: Mornings every day", "Working on this now");
        assertThat(browser.findElement(By.id("weeks")).getText()).contains("5 of 5 days");
        screenshot("family-page-390");

        click(By.id("agree"));
        waitFor(By.id("agreed"));
        FamilyCase.giveView(this, "Mornings went well", "Walking in with her friend");

        browser.get(url(link.substring(1)));
        click(By.id("open-page"));
        assertThat(waitFor(By.id("refused")).getText()).isEqualTo("This link does not work");
        assertThat(browser.getPageSource()).contains("This link has been used already");

        browser.manage().window().setSize(new Dimension(1400, 1000));
        signIn(made.champion().username(), TestData.PASSWORD);
        browser.get(url("cases/" + made.caseId()));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".family-said"),
                "Mornings went well"));
        assertThat(browser.findElement(By.cssSelector(".family-said")).getText()).contains("Agreed the plan",
                "What helps: Walking in with her friend");
    }
}
