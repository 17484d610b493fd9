package org.rejoin.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rejoin.inbox.InboxTask;
import org.rejoin.inbox.TaskState;
import org.springframework.data.domain.PageRequest;

/** A human step of a real process, from the broker over gRPC into the inbox and back. */
class InboxOnRealBrokerTests extends BrokerTestSupport {

    @Test
    void aUserTaskOnTheRealBrokerReachesTheInboxAndCompletingItThroughTheInboxMovesTheProcessOn() {
        long instance = startFor(champion);
        UUID confirm = awaitTask(instance, CONFIRM_CONCERN);

        InboxTask task = inbox().task(champion, confirm).orElseThrow();
        assertThat(task.name()).isEqualTo("Confirm the attendance concern");
        assertThat(task.formId()).isEqualTo("confirm-concern");
        assertThat(task.state()).isEqualTo(TaskState.OPEN);
        assertThat(inbox().groupTasks(champion, PageRequest.of(0, 50)).getContent()).extracting(InboxTask::id)
                .containsOnlyOnce(confirm);

        confirmConcern(confirm);

        UUID review = awaitReviewOfTheConfirmedDecision(instance);
        assertThat(inbox().task(champion, confirm).orElseThrow().state()).isEqualTo(TaskState.COMPLETED);
        assertThat(rowsOf(instance, CONFIRM_CONCERN)).isEqualTo(1);
        assertThat(rowsOf(instance, REVIEW_DECISION)).isEqualTo(1);
    }
}
