package org.rejoin.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rejoin.inbox.form.TaskDrafts;

/**
 * After a submission the submitter is told what comes next and who holds it; the steps of their cases that
 * others hold are listed with the holder and can be chased; a draft is written only by the step's holder.
 */
class WaitingOnOthersTests extends InboxTestSupport {

    @org.springframework.beans.factory.annotation.Autowired
    TaskForms forms;

    private static final Map<String, Object> ANSWERS = Map.of("concernConfirmed", "yes", "patternNotes", "Mondays",
            "leadChampion", "someone");

    @Test
    void theNextStepIsKnownAsSoonAsTheSubmissionReturnsWithWhoMayTakeIt() {
        UUID confirm = awaitTask(startForSchoolA(Map.of()), CONFIRM_CONCERN);
        inbox.complete(championA, confirm, ANSWERS);

        List<WaitingStep> next = inbox.nextSteps(championA, confirm, Duration.ofSeconds(10));

        assertThat(next).singleElement().satisfies(step -> {
            assertThat(step.step()).isEqualTo("Review the decision");
            assertThat(step.holder()).isEqualTo("any attendance champion at the school");
            assertThat(step.canTake()).isTrue();
            assertThat(step.mine()).isFalse();
        });
    }

    @Test
    void whenNothingFollowsTheSubmitterIsToldNoStepWaits() {
        long instance = startForSchoolA(Map.of());
        inbox.complete(championA, awaitTask(instance, CONFIRM_CONCERN), ANSWERS);
        UUID review = awaitTask(instance, REVIEW_DECISION);
        inbox.complete(championA, review, Map.of());

        assertThat(inbox.nextSteps(championA, review, Duration.ofMillis(500))).isEmpty();
    }

    @Test
    void aStepOfMyCaseHeldByAColleagueIsWaitingOnOthersByTheirNameAndCanBeChased() {
        long instance = startForSchoolA(Map.of());
        inbox.complete(leaderA, awaitTask(instance, CONFIRM_CONCERN), ANSWERS);
        UUID review = awaitTask(instance, REVIEW_DECISION);

        assertThat(inbox.waitingOnOthers(leaderA, 500)).filteredOn(s -> s.taskId().equals(review)).singleElement()
                .satisfies(s -> assertThat(s.holder()).isEqualTo("any attendance champion at the school"));
        inbox.claim(secondChampionA, review);
        assertThat(inbox.waitingOnOthers(leaderA, 500)).filteredOn(s -> s.taskId().equals(review)).singleElement()
                .satisfies(s -> assertThat(s.holder()).isEqualTo(secondChampionA.displayName()));

        inbox.chase(leaderA, review);

        assertThat(inbox.task(secondChampionA, review).orElseThrow().priority()).isGreaterThanOrEqualTo(80);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where actor = ? and action = 'TASK_CHASED'",
                Integer.class, leaderA.username())).isEqualTo(1);
    }

    @Test
    void aStepOfAnotherSchoolCannotBeChased() {
        long instance = startForSchoolA(Map.of());
        inbox.complete(leaderA, awaitTask(instance, CONFIRM_CONCERN), ANSWERS);
        UUID review = awaitTask(instance, REVIEW_DECISION);

        assertThatThrownBy(() -> inbox.chase(championB, review)).isInstanceOf(TaskNotFoundException.class);
        assertThat(inbox.waitingOnOthers(championB, 500)).noneMatch(s -> s.taskId().equals(review));
    }

    @Test
    void twoPeopleCannotBothHoldADraftOfOneStep() {
        UUID confirm = awaitTask(startForSchoolA(Map.of()), CONFIRM_CONCERN);

        forms.saveDraft(championA, confirm, Map.of("patternNotes", "first thoughts"));

        assertThat(inbox.task(championA, confirm).orElseThrow().assignee()).isEqualTo(championA.username());
        assertThatThrownBy(() -> forms.saveDraft(secondChampionA, confirm, Map.of("patternNotes", "mine too")))
                .isInstanceOf(TaskAlreadyClaimedException.class);
        assertThat(jdbc.queryForObject("select count(*) from task_draft where task_id = ?", Integer.class, confirm))
                .isEqualTo(1);
    }
}
