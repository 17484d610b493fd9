package org.rejoin.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rejoin.inbox.InboxTask;
import org.rejoin.inbox.TaskState;
import org.springframework.data.domain.PageRequest;

/** kill -9 of the broker in the middle of a process: nothing lost, nothing doubled, and the app carries on. */
class BrokerKilledTests extends BrokerTestSupport {

    @Test
    void aTaskOpenWhenTheBrokerIsKilledIsInTheInboxExactlyOnceAfterItsRestartAndCompletingItMovesTheProcessOn() {
        long instance = startFor(champion);
        UUID confirm = awaitTask(instance, CONFIRM_CONCERN);

        broker().kill9();
        broker().restart();
        awaitAppReachesBroker();

        // the worker keeps polling the restarted broker: the step must not arrive a second time
        await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(10))
                .until(() -> rowsOf(instance, CONFIRM_CONCERN) == 1);
        assertThat(inbox().task(champion, confirm).orElseThrow().state()).isEqualTo(TaskState.OPEN);
        assertThat(inbox().groupTasks(champion, PageRequest.of(0, 50)).getContent()).extracting(InboxTask::id)
                .containsOnlyOnce(confirm);

        confirmConcern(confirm);

        UUID review = awaitReviewOfTheConfirmedDecision(instance);
        assertThat(inbox().task(champion, confirm).orElseThrow().state()).isEqualTo(TaskState.COMPLETED);
        assertThat(rowsOf(instance, CONFIRM_CONCERN)).isEqualTo(1);
        assertThat(rowsOf(instance, REVIEW_DECISION)).isEqualTo(1);
    }

    /**
     * When the broker dies just after handing the next step's job to the worker, the activation is in its
     * journal but the answer never reaches the app. The worker activates with a short timeout
     * (rejoin.inbox.activation-timeout, 15 s here) and extends it only once the row is stored, so the job
     * is offered again and the step arrives, exactly once.
     */
    @Test
    void aStepCompletedJustBeforeTheBrokerIsKilledStaysDoneAndTheNextStepArrivesExactlyOnceAfterTheRestart() {
        long instance = startFor(champion);
        UUID confirm = awaitTask(instance, CONFIRM_CONCERN);
        confirmConcern(confirm);

        broker().kill9();
        broker().restart();
        awaitAppReachesBroker();

        UUID review = awaitTask(instance, REVIEW_DECISION);
        await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(10))
                .until(() -> rowsOf(instance, REVIEW_DECISION) == 1 && rowsOf(instance, CONFIRM_CONCERN) == 1);
        assertThat(inbox().task(champion, confirm).orElseThrow().state()).isEqualTo(TaskState.COMPLETED);
        assertThat(inbox().task(champion, review).orElseThrow().variables()).containsEntry("decisionSeen", "confirmed");

        inbox().complete(champion, review, Map.of());
        assertThat(inbox().task(champion, review).orElseThrow().state()).isEqualTo(TaskState.COMPLETED);
    }
}
