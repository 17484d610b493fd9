package org.rejoin.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.rejoin.security.UserAccount;
import org.springframework.data.domain.PageRequest;

/** Service-level on real PostgreSQL: who reaches a task, and claiming under concurrency. */
class TaskClaimingAndScopingTests extends InboxTestSupport {

    @Test
    void twoChampionsClaimingAtOnceExactlyOneWinsAndTheOtherLearnsWhoHasIt() throws Exception {
        UUID taskId = awaitTask(startForSchoolA(Map.of()), CONFIRM_CONCERN);
        var barrier = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (UserAccount champion : List.of(championA, secondChampionA)) {
                results.add(threads.submit((Callable<String>) () -> {
                    barrier.await();
                    try {
                        inbox.claim(champion, taskId);
                        return "won:" + champion.username();
                    } catch (TaskAlreadyClaimedException e) {
                        return "lost:" + e.claimedBy() + ":" + e.getMessage();
                    }
                }));
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> result : results) {
                outcomes.add(result.get());
            }
            assertThat(outcomes).filteredOn(o -> o.startsWith("won:")).hasSize(1);
            String winner = outcomes.stream().filter(o -> o.startsWith("won:")).findFirst().orElseThrow().substring(4);
            String winnerName = users.findByUsername(winner).orElseThrow().displayName();
            assertThat(outcomes).contains("lost:" + winner + ":This task has already been claimed by " + winnerName);
            assertThat(inbox.task(championA, taskId).orElseThrow().assignee()).isEqualTo(winner);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void anotherSchoolsChampionAndAPartnerCannotReadTheTaskByIdAndTheAttemptsAreAudited() {
        UUID taskId = awaitTask(startForSchoolA(Map.of()), CONFIRM_CONCERN);

        assertThat(inbox.task(championB, taskId)).isEmpty();
        assertThat(inbox.task(partner, taskId)).isEmpty();
        assertThatThrownBy(() -> inbox.claim(championB, taskId)).isInstanceOf(TaskNotFoundException.class);

        assertThat(audit.count("ACCESS_DENIED", "task", taskId)).isEqualTo(3);
        assertThat(inbox.task(leaderA, taskId)).isPresent();
        assertThat(inbox.task(championA, taskId).orElseThrow().assignee()).isNull();
    }

    @Test
    void aTaskIsHandedOnlyToAColleagueOfTheSameSchool() {
        UUID taskId = awaitTask(startForSchoolA(Map.of()), CONFIRM_CONCERN);
        inbox.claim(championA, taskId);

        assertThatThrownBy(() -> inbox.assign(championA, taskId, championB.id()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same school");
        inbox.assign(championA, taskId, secondChampionA.id());

        assertThat(inbox.myTasks(secondChampionA, PageRequest.of(0, 50)).getContent()).extracting(InboxTask::id)
                .containsExactly(taskId);
        assertThat(inbox.myTasks(championA, PageRequest.of(0, 50))).isEmpty();
    }

    @Test
    void onlyTheHolderOrALeaderCanGiveATaskBackToItsGroups() {
        UUID taskId = awaitTask(startForSchoolA(Map.of()), CONFIRM_CONCERN);
        inbox.claim(championA, taskId);

        assertThatThrownBy(() -> inbox.unclaim(secondChampionA, taskId))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        inbox.unclaim(leaderA, taskId);

        assertThat(inbox.task(championA, taskId).orElseThrow().assignee()).isNull();
        inbox.claim(secondChampionA, taskId);
        assertThat(inbox.task(championA, taskId).orElseThrow().assignee()).isEqualTo(secondChampionA.username());
    }
}
