package org.rejoin.family.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.rejoin.BrowserTestSupport;
import org.rejoin.TestData;
import org.rejoin.casework.CaseService;
import org.rejoin.family.FamilyCase;
import org.rejoin.inbox.InboxService;
import org.rejoin.inbox.InboxTask;
import org.rejoin.pupil.ContactService;
import org.rejoin.pupil.PupilContact;
import org.rejoin.pupil.SchoolInfo;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;
import org.rejoin.support.PlanStarts;
import org.rejoin.support.SupportPlanProcess.Elements;
import org.rejoin.support.SupportPlanService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The end of the family's loop in Chromium, on the app's engine: the lead champion invites the mother on the case
 * page of a plan whose review is waiting for the family, the mother opens her emailed link on a phone and gives her
 * view, the engine then opens the review, and the champion reads her words in the review step. (Reviews fall due a
 * second after the steps are agreed here; the wait for the family's view is what holds the review back.)
 */
class FamilyReviewBrowserTests extends BrowserTestSupport {

    static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired
    TestData data;
    @Autowired
    CaseService cases;
    @Autowired
    InboxService inbox;
    @Autowired
    SupportPlanService plans;
    @Autowired
    ContactService contacts;

    @Test
    void theReviewStepShowsTheViewAMotherGaveOnHerPhone() throws Exception {
        SchoolInfo school = data.school();
        UserAccount champion = data.staff(school, Role.ATTENDANCE_CHAMPION, "Attendance champion");
        UserAccount admin = data.staff(school, Role.SCHOOL_ADMIN, "Data manager");
        UUID pupil = data.pupil(school, "Voiced");
        UUID caseId = cases.openByHand(champion, pupil, "Anxious about the corridors");
        PlanStarts.start(plans, caseId, pupil, school.id(), champion.username(), champion.username(),
                Duration.ofSeconds(1));
        complete(champion, caseId, Elements.GATHER_VIEWS, Map.of("pupilVoice", "I like art",
                "parentsViewNow", "Mornings are hard"));
        String email = "sara-" + UUID.randomUUID().toString().substring(0, 8) + "@family.example";
        contacts.save(admin, school.id(), new PupilContact(null, pupil, "Sara Mother", "Mother", true, 1, email,
                null, null, false));

        signIn(champion.username(), TestData.PASSWORD);
        browser.get(url("cases/" + caseId));
        click(By.xpath("//vaadin-button[contains(., 'Invite Sara Mother')]"));
        wait.until(d -> !FamilyCase.linksTo(email).isEmpty());
        complete(champion, caseId, Elements.AGREE_GOALS_AND_STEPS, Map.of("overallGoal", "Full days by Easter",
                "steps", List.of(Map.of("description", "Mondays", "adjustments", List.of("QUIET_SPACE")),
                        Map.of("description", "Every morning", "adjustments", List.of())),
                "parentContact", "MOTHER", "contactArrangements", "A call every Friday"));

        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(url(FamilyCase.linksTo(email).getFirst().substring(1)));
        click(By.id("open-page"));
        waitFor(By.id("goal"));
        click(By.id("give-view"));
        waitFor(By.id("lastStep")).sendKeys("Mondays went well");
        browser.findElement(By.id("helps")).sendKeys("Walking in with her friend");
        click(By.id("send-view"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".done"),
                "Your view will be read at the review"));

        InboxTask review = await().atMost(WAIT).until(() -> inbox.openStepsOfCase(champion, caseId).stream()
                .filter(t -> t.elementId().equals(Elements.REVIEW)).findFirst(), Optional::isPresent).orElseThrow();
        browser.manage().window().setSize(new Dimension(1400, 1000));
        signIn(champion.username(), TestData.PASSWORD);
        browser.get(url("tasks/" + review.id()));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".family-words"),
                "Mondays went well"));
        assertThat(browser.findElement(By.cssSelector(".family-words")).getText())
                .contains("The family's own words before this review", "Sara Mother", "Walking in with her friend");
        screenshot("family-words-in-the-review");
    }

    private void complete(UserAccount champion, UUID caseId, String elementId, Map<String, Object> answers) {
        InboxTask step = await().atMost(WAIT).until(() -> inbox.openStepsOfCase(champion, caseId).stream()
                .filter(t -> t.elementId().equals(elementId)).findFirst(), Optional::isPresent).orElseThrow();
        inbox.complete(champion, step.id(), answers);
    }
}
