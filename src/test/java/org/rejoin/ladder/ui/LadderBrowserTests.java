package org.rejoin.ladder.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.rejoin.BrowserTestSupport;
import org.rejoin.TestData;
import org.rejoin.inbox.InboxService;
import org.rejoin.inbox.InboxTask;
import org.rejoin.ladder.FormalSupportProcess.Elements;
import org.rejoin.ladder.LadderRung;
import org.rejoin.ladder.LadderService;
import org.rejoin.referral.ReferralTestData;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One rung in Chromium: a leader opens the decision step, claims it, records a notice to improve with its reason,
 * improvement period and support, and the case page then says in words where on the ladder the family is.
 */
class LadderBrowserTests extends BrowserTestSupport {

    static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired
    ReferralTestData fixture;
    @Autowired
    LadderService ladders;
    @Autowired
    InboxService inbox;

    @Test
    void aLeaderRecordsANoticeToImproveAndTheCasePageSaysWhereTheFamilyIs() throws Exception {
        ReferralTestData.Place place = fixture.place();
        // from the national framework step, straight to the leader's decision
        ladders.startFromThreshold(place.caseId(), "Twelve unauthorised sessions since half term", true,
                System.nanoTime());
        InboxTask decide = await().atMost(WAIT).until(() -> steps(place), list -> list.size() == 1).getFirst();

        signIn(place.leader().username(), TestData.PASSWORD);
        browser.get(url("tasks/" + decide.id()));
        click(By.xpath("//vaadin-button[normalize-space()='Claim to start']"));
        waitFor(By.xpath("//vaadin-button[normalize-space()='Submit']"));
        click(By.xpath("//rejoin-form//label[normalize-space()='Issue a notice to improve, with an improvement period']"));
        click(By.xpath("//rejoin-form//label[normalize-space()='4 weeks']"));
        type("Why (the support offered", "A support plan since September; mornings still missed");
        type("The support offered during the improvement period", "Key adult meets him at the gate each morning");
        click(By.xpath("//vaadin-button[normalize-space()='Submit']"));

        await().atMost(WAIT).until(() -> ladders.position(place.leader(), place.caseId()).orElseThrow().rung()
                == LadderRung.NOTICE_TO_IMPROVE);
        browser.get(url("cases/" + place.caseId()));
        String where = waitFor(By.cssSelector(".ladder-position")).getText();
        assertThat(where).contains("A notice to improve has been issued: the family is in its improvement period");
        screenshot("case-page-ladder-notice-to-improve");
    }

    private void type(String labelStart, String text) {
        By field = By.xpath("(//rejoin-form//label[starts-with(normalize-space(), \"" + labelStart
                + "\")]/following::textarea)[1]");
        click(field);
        browser.findElement(field).sendKeys(text);
    }

    private List<InboxTask> steps(ReferralTestData.Place place) {
        return inbox.openStepsOfCase(place.leader(), place.caseId()).stream()
                .filter(t -> t.elementId().equals(Elements.DECIDE_LEGAL_INTERVENTION)).toList();
    }
}
