package org.rejoin.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.rejoin.inbox.InboxTask;
import org.rejoin.inbox.TaskState;
import org.springframework.data.domain.PageRequest;

/**
 * Zeebe delivers a job at least once: a step held by the inbox whose job timeout runs out (the app was
 * away when it should have renewed it) is handed to the worker a second time. It stays one task, keeps
 * its claim, and completing it moves the process on once. The engine's clock is moved on past the day
 * the inbox holds a job for, instead of waiting.
 */
@Tag("own-engine")
class SameJobTwiceTests extends FaultTestSupport {

    @Test
    void aStepDeliveredAgainAfterItsTimeoutStaysOneTaskWithItsClaimAndIsCompletedOnce() {
        long instance = startFor(champion);
        UUID confirm = awaitTask(instance, CONFIRM_CONCERN);
        inbox().claim(champion, confirm);
        // the worker holds the job for a day once the row is stored
        await().atMost(Duration.ofSeconds(10)).until(() -> timeoutUpdatesOf(instance) == 1);

        RejoinOnItsOwnEngine.engine().increaseTime(Duration.ofHours(25));

        await().atMost(TASK_ARRIVES).until(() -> activationsOf(instance) == 2);
        await().during(Duration.ofSeconds(3)).until(() -> rowsOf(instance, CONFIRM_CONCERN) == 1);
        InboxTask task = inbox().task(champion, confirm).orElseThrow();
        assertThat(task.state()).isEqualTo(TaskState.OPEN);
        assertThat(inbox().myTasks(champion, PageRequest.of(0, 50)).getContent()).extracting(InboxTask::id)
                .containsExactly(confirm);

        confirmConcern(confirm);

        awaitReviewOfTheConfirmedDecision(instance);
        await().during(Duration.ofSeconds(3)).until(() -> rowsOf(instance, REVIEW_DECISION) == 1);
        assertThat(rowsOf(instance, CONFIRM_CONCERN)).isEqualTo(1);
        assertThat(inbox().task(champion, confirm).orElseThrow().state()).isEqualTo(TaskState.COMPLETED);
    }
}
