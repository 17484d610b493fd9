package org.rejoin.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.rejoin.inbox.InboxTask;
import org.rejoin.inbox.TaskState;
import org.springframework.data.domain.PageRequest;

/** The app is stopped and started again (a deployment, a crash) while people have steps open. */
@Tag("own-engine")
class AppRestartTests extends FaultTestSupport {

    @Test
    void openTasksAreStillInTheInboxAfterTheAppRestartsAndCompletingThemMovesTheirProcessesOn() {
        long first = startFor(champion);
        long second = startFor(champion);
        UUID firstTask = awaitTask(first, CONFIRM_CONCERN);
        UUID secondTask = awaitTask(second, CONFIRM_CONCERN);
        inbox().claim(champion, secondTask);

        RejoinOnItsOwnEngine.restart();
        learnTestProcess();

        assertThat(inbox().groupTasks(champion, PageRequest.of(0, 50)).getContent()).extracting(InboxTask::id)
                .containsOnlyOnce(firstTask);
        assertThat(inbox().myTasks(champion, PageRequest.of(0, 50)).getContent()).extracting(InboxTask::id)
                .containsExactly(secondTask);
        for (UUID task : List.of(firstTask, secondTask)) {
            confirmConcern(task);
        }

        for (long instance : List.of(first, second)) {
            awaitReviewOfTheConfirmedDecision(instance);
            assertThat(rowsOf(instance, CONFIRM_CONCERN)).isEqualTo(1);
        }
        assertThat(inbox().task(champion, firstTask).orElseThrow().state()).isEqualTo(TaskState.COMPLETED);
        assertThat(inbox().task(champion, secondTask).orElseThrow().state()).isEqualTo(TaskState.COMPLETED);
    }
}
