package org.rejoin.family;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rejoin.TestData;
import org.rejoin.ViewTestSupport;
import org.rejoin.casework.CaseNotFoundException;
import org.rejoin.inbox.InboxService;
import org.rejoin.inbox.InboxTask;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;
import org.rejoin.support.SupportPlanProcess;
import org.rejoin.support.SupportPlanProcess.Elements;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The family's view in the whole app on the in-memory engine: a review of a plan whose family is invited waits for
 * their view, the view given on the family page reaches that case's review alone (FamilyViewGiven, correlated by
 * the case id), and the review step shows the parent's and the pupil's own words in its "case so far". Reviews fall
 * due a second after the steps are agreed (the app's engine is never time-travelled).
 */
class FamilyViewsInTheReviewTests extends ViewTestSupport {

    @Autowired
    TestData data;
    @Autowired
    InboxService inbox;
    @Autowired
    FamilyService family;
    @Autowired
    FamilyCase familyCase;

    record Invited(FamilyCase.PlanOnTheEngine plan, FamilySession mother, FamilySession pupil) {
        UserAccount champion() {
            return plan.champion();
        }

        UUID caseId() {
            return plan.caseId();
        }
    }

    @Test
    void theFamilysViewReachesTheirOwnCasesWaitingReviewWhichShowsTheParentsAndThePupilsOwnWords() {
        Invited ours = aPlanWhoseFamilyIsInvited();
        Invited another = aPlanWhoseFamilyIsInvited();

        family.giveView(ours.mother(), ours.caseId(), Map.of("worries", "Mornings are still a battle",
                "helps", "The quiet room at break"));
        family.giveView(ours.pupil(), ours.caseId(), Map.of("lastStep", "Good, I did Mondays",
                "worries", "The corridor when it is busy"));

        InboxTask review = awaitStep(ours, Elements.REVIEW);
        assertThat(inbox.task(ours.champion(), review.id()).orElseThrow().variables())
                .containsEntry(SupportPlanProcess.Variables.FAMILY_VIEW_RECEIVED, true);
        assertThat(inbox.openStepsOfCase(another.champion(), another.caseId())).extracting(InboxTask::elementId)
                .as("the other family has said nothing: their review still waits").doesNotContain(Elements.REVIEW);

        signInAs(ours.champion().username());
        navigate("tasks/" + review.id());
        List<Div> words = _find(Div.class, spec -> spec.withClasses("family-words"));
        assertThat(words).hasSize(1);
        String shown = words.getFirst().getElement().getTextRecursively();
        assertThat(shown).contains("The family's own words before this review", "Sara Mother (parent or carer)",
                "Worries", "Mornings are still a battle", "What helps", "The quiet room at break",
                "Maya (the pupil)", "How the last step went", "Good, I did Mondays", "The corridor when it is busy");
        assertThat(shown.indexOf("Mornings are still a battle")).as("oldest first")
                .isLessThan(shown.indexOf("Good, I did Mondays"));

        UserAccount elsewhere = data.staff(data.school(), Role.ATTENDANCE_CHAMPION, "Attendance champion");
        assertThatThrownBy(() -> family.viewsForReview(elsewhere, ours.caseId(), review.createdAt(), null))
                .isInstanceOf(CaseNotFoundException.class);
    }

    @Test
    void aViewGivenAfterTheReviewIsDoneBelongsToTheNextReviewNotThatOne() {
        Invited ours = aPlanWhoseFamilyIsInvited();
        family.giveView(ours.mother(), ours.caseId(), Map.of("helps", "Walking in with a friend"));
        InboxTask first = awaitStep(ours, Elements.REVIEW);
        inbox.complete(ours.champion(), first.id(), Map.of("reviewOutcome", "achieved", "reviewNotes", "Done"));
        InboxTask done = inbox.task(ours.champion(), first.id()).orElseThrow();

        family.giveView(ours.mother(), ours.caseId(), Map.of("helps", "A text on Sunday night"));

        assertThat(family.viewsForReview(ours.champion(), ours.caseId(), done.createdAt(), done.completedAt()))
                .extracting(w -> w.answers().get("helps")).containsExactly("Walking in with a friend");
        InboxTask second = awaitStep(ours, Elements.REVIEW);
        assertThat(family.viewsForReview(ours.champion(), ours.caseId(), second.createdAt(), null))
                .extracting(w -> w.answers().get("helps")).containsExactly("A text on Sunday night");
    }

    /** A plan made on the engine, the mother and the pupil invited and signed in, then the steps agreed. */
    private Invited aPlanWhoseFamilyIsInvited() {
        FamilyCase.PlanOnTheEngine plan = familyCase.planOnTheEngine();
        String pupilEmail = "maya-" + UUID.randomUUID().toString().substring(0, 8) + "@pupils.example";
        family.inviteContact(plan.champion(), plan.caseId(), plan.mother().id());
        family.invitePupil(plan.champion(), plan.caseId(), "Maya", pupilEmail);
        FamilySession parent = signedIn(plan.mother().email());
        FamilySession child = signedIn(pupilEmail);
        familyCase.agreeSteps(plan);
        return new Invited(plan, parent, child);
    }

    private FamilySession signedIn(String email) {
        return family.signIn(FamilyCase.token(FamilyCase.linksTo(email).getFirst())).signedIn().orElseThrow();
    }

    private InboxTask awaitStep(Invited invited, String elementId) {
        return familyCase.awaitStep(invited.plan(), elementId);
    }
}
