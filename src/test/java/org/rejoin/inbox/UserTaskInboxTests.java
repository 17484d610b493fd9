package org.rejoin.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rejoin.inbox.internal.TaskReconciler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** Process-level: human steps of a real process on the in-memory engine, through the inbox and back. */
class UserTaskInboxTests extends InboxTestSupport {

    @Autowired
    TaskReconciler reconciler;

    @Test
    void aUserTaskAppearsOnceInItsSchoolsGroupInboxesWithItsHeadersMapped() {
        long instance = startForSchoolA(Map.of());
        UUID taskId = awaitTask(instance, CONFIRM_CONCERN);

        InboxTask task = inbox.task(championA, taskId).orElseThrow();
        assertThat(task.name()).isEqualTo("Confirm the attendance concern");
        assertThat(task.guidance()).isEqualTo("Look at the pattern of absence and confirm the concern.");
        assertThat(task.formId()).isEqualTo("confirm-concern");
        assertThat(task.candidateGroups()).containsExactly("ATTENDANCE_CHAMPION", "LEADER");
        assertThat(task.candidateUsers()).containsExactly("senco@test.example");
        assertThat(task.dueDate()).isEqualTo(Instant.parse("2030-01-15T16:00:00Z"));
        assertThat(task.followUpDate()).isEqualTo(Instant.parse("2030-01-10T09:00:00Z"));
        assertThat(task.priority()).isEqualTo(70);
        assertThat(task.schoolId()).isEqualTo(schoolA);
        assertThat(task.pupilId()).isNotNull();
        assertThat(task.caseId()).isNotNull();
        assertThat(task.assignee()).isNull();
        assertThat(task.state()).isEqualTo(TaskState.OPEN);
        assertThat(rowsOf(instance, CONFIRM_CONCERN)).isEqualTo(1);

        assertThat(inbox.groupTasks(championA, PageRequest.of(0, 50)).getContent()).extracting(InboxTask::id)
                .containsOnlyOnce(taskId);
        assertThat(inbox.groupTasks(leaderA, PageRequest.of(0, 50)).getContent()).extracting(InboxTask::id)
                .contains(taskId);
        assertThat(inbox.groupTasks(championB, PageRequest.of(0, 50)).getContent()).extracting(InboxTask::id)
                .doesNotContain(taskId);
        assertThat(inbox.groupTasks(partner, PageRequest.of(0, 50))).isEmpty();
        assertThat(inbox.myTasks(championA, PageRequest.of(0, 50))).isEmpty();
    }

    @Test
    void completingATaskMovesTheProcessOnWithTheSubmittedVariables() {
        long instance = startForSchoolA(Map.of());
        UUID confirm = awaitTask(instance, CONFIRM_CONCERN);

        inbox.complete(championA, confirm, Map.of("decision", "confirmed", "concernConfirmed", true));

        UUID review = awaitTask(instance, REVIEW_DECISION);
        assertThat(inbox.task(championA, review).orElseThrow().variables()).containsEntry("decisionSeen", "confirmed");
        InboxTask done = inbox.task(championA, confirm).orElseThrow();
        assertThat(done.state()).isEqualTo(TaskState.COMPLETED);
        assertThat(done.completedBy()).isEqualTo(championA.username());
        assertThat(done.completedAt()).isNotNull();
        assertThat(inbox.groupTasks(championA, PageRequest.of(0, 50)).getContent()).extracting(InboxTask::id)
                .contains(review).doesNotContain(confirm);
        assertThat(inbox.completedByMe(championA, PageRequest.of(0, 50)).getContent()).extracting(InboxTask::id)
                .containsExactly(confirm);
    }

    @Test
    void aTaskOfACancelledInstanceIsCancelledByTheReconcilerAndLeavesEveryInbox() {
        long instance = startForSchoolA(Map.of());
        UUID taskId = awaitTask(instance, CONFIRM_CONCERN);
        inbox.claim(championA, taskId);

        engine.newCancelInstanceCommand(instance).useGrpc().send().join();
        reconciler.reconcileNow();

        assertThat(inbox.task(championA, taskId).orElseThrow().state()).isEqualTo(TaskState.CANCELLED);
        assertThat(inbox.myTasks(championA, PageRequest.of(0, 50))).isEmpty();
        assertThat(inbox.groupTasks(championA, PageRequest.of(0, 50))).isEmpty();
        assertThatThrownBy(() -> inbox.complete(championA, taskId, Map.of()))
                .isInstanceOf(TaskClosedByProcessException.class)
                .hasMessage("This task was closed by the process");
    }

    @Test
    void submittingATaskTheProcessHasJustClosedSaysSoAndTakesItOutOfTheInbox() {
        long instance = startForSchoolA(Map.of());
        UUID taskId = awaitTask(instance, CONFIRM_CONCERN);
        engine.newCancelInstanceCommand(instance).useGrpc().send().join();

        assertThatThrownBy(() -> inbox.complete(championA, taskId, Map.of("decision", "confirmed")))
                .isInstanceOf(TaskClosedByProcessException.class)
                .hasMessage("This task was closed by the process");
        assertThat(inbox.task(championA, taskId).orElseThrow().state()).isEqualTo(TaskState.CANCELLED);
        assertThat(inbox.groupTasks(championA, PageRequest.of(0, 50))).isEmpty();
    }

    @Test
    void aJobDeliveredAgainAfterItsTimeoutUpdatesTheSameRowAndKeepsTheClaim() {
        long instance = startForSchoolA(Map.of());
        UUID taskId = awaitTask(instance, CONFIRM_CONCERN);
        inbox.claim(championA, taskId);
        engine.newSetVariablesCommand(instance).useGrpc().variables(Map.of("patternNotes", "delivered again")).send().join();

        // the worker holds each job it stores for a day, asynchronously, just after the row appears: that hold
        // can land after a single shortening and win, so shorten until the engine has handed the job out again
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
            engine.newUpdateTimeoutCommand(jobKeyOf(taskId)).useGrpc().timeout(Duration.ofMillis(1)).send().join();
            assertThat(inbox.task(championA, taskId).orElseThrow().variables())
                    .containsEntry("patternNotes", "delivered again");
        });
        assertThat(rowsOf(instance, CONFIRM_CONCERN)).isEqualTo(1);
        assertThat(inbox.myTasks(championA, PageRequest.of(0, 50)).getContent()).extracting(InboxTask::id)
                .containsExactly(taskId);
    }
}
