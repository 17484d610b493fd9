package org.rejoin.family.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.rejoin.BrowserTestSupport;
import org.rejoin.TestData;
import org.rejoin.family.FamilyCase;
import org.rejoin.inbox.InboxTask;
import org.rejoin.support.SupportPlanProcess.Elements;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The end of the family's loop in Chromium, on the app's engine: the lead champion invites the mother on the case
 * page of a plan whose review is waiting for the family, the mother opens her emailed link on a phone and gives her
 * view, the engine then opens the review, and the champion reads her words in the review step. (Reviews fall due a
 * second after the steps are agreed here; the wait for the family's view is what holds the review back.)
 */
class FamilyReviewBrowserTests extends BrowserTestSupport {

    @Autowired
    FamilyCase cases;

    @Test
    void theReviewStepShowsTheViewAMotherGaveOnHerPhone() throws Exception {
        FamilyCase.PlanOnTheEngine plan = cases.planOnTheEngine();
        String email = plan.mother().email();

        signIn(plan.champion().username(), TestData.PASSWORD);
        browser.get(url("cases/" + plan.caseId()));
        click(By.xpath("//vaadin-button[contains(., 'Invite Sara Mother')]"));
        wait.until(d -> !FamilyCase.linksTo(email).isEmpty());
        cases.agreeSteps(plan);

        FamilyCase.openOnAPhone(this, FamilyCase.linksTo(email).getFirst());
        FamilyCase.giveView(this, "Mondays went well", "Walking in with her friend");

        InboxTask review = cases.awaitStep(plan, Elements.REVIEW);
        browser.manage().window().setSize(new Dimension(1400, 1000));
        signIn(plan.champion().username(), TestData.PASSWORD);
        browser.get(url("tasks/" + review.id()));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".family-words"),
                "Mondays went well"));
        assertThat(browser.findElement(By.cssSelector(".family-words")).getText())
                .contains("The family's own words before this review", "Sara Mother", "Walking in with her friend");
        screenshot("family-words-in-the-review");
    }
}
