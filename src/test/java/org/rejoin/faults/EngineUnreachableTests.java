package org.rejoin.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.rejoin.inbox.TaskState;

/**
 * The engine unreachable for a while and back: the connection between the app's Camunda client and the
 * engine's gRPC gateway is cut by {@link EngineProxy} (or loses the engine's answers), as a network fault
 * or a restarting gateway would. Nothing is lost and nothing doubled.
 */
@Tag("own-engine")
class EngineUnreachableTests extends FaultTestSupport {

    /** Long enough for the workers' polls to fail and back off. */
    static final Duration AWAY = Duration.ofSeconds(10);

    @Test
    void aStepThatArrivesWhileTheEngineIsUnreachableReachesTheInboxOnceWhenItIsBack() {
        proxy().cut();
        long instance = startPastTheProxy();
        await().pollDelay(AWAY).atMost(AWAY.plusSeconds(5)).until(() -> true);
        assertThat(rowsOf(instance, CONFIRM_CONCERN)).as("the app cannot have heard of the step yet").isZero();

        proxy().restore();

        UUID confirm = awaitTask(instance, CONFIRM_CONCERN);
        await().during(Duration.ofSeconds(3)).until(() -> rowsOf(instance, CONFIRM_CONCERN) == 1);
        confirmConcern(confirm);
        awaitReviewOfTheConfirmedDecision(instance);
        assertThat(inbox().task(champion, confirm).orElseThrow().state()).isEqualTo(TaskState.COMPLETED);
    }

    @Test
    void aStepSubmittedWhileTheEngineIsUnreachableStaysOpenAndIsDoneOnceWhenSubmittedAgain() {
        long instance = startFor(champion);
        UUID confirm = awaitTask(instance, CONFIRM_CONCERN);

        proxy().cut();
        assertThatThrownBy(() -> confirmConcern(confirm)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("did not answer").hasMessageContaining("still open");
        assertThat(inbox().task(champion, confirm).orElseThrow().state()).isEqualTo(TaskState.OPEN);

        proxy().restore();
        awaitAppReachesEngine();
        confirmConcern(confirm);

        awaitReviewOfTheConfirmedDecision(instance);
        await().during(Duration.ofSeconds(3)).until(() -> rowsOf(instance, REVIEW_DECISION) == 1);
        assertThat(inbox().task(champion, confirm).orElseThrow().state()).isEqualTo(TaskState.COMPLETED);
        assertThat(rowsOf(instance, CONFIRM_CONCERN)).isEqualTo(1);
    }

    /**
     * The engine hands the step's job to the app's worker, and the answer never arrives: the job is the
     * worker's until its short activation timeout (rejoin.inbox.activation-timeout, a minute here) ends, then
     * it is offered again and the step arrives, once. The engine's clock is moved on instead of waiting.
     */
    @Test
    void aStepWhoseActivationAnswerIsLostIsOfferedAgainAfterItsShortTimeoutAndArrivesOnce() {
        proxy().loseAnswers();
        long instance = startPastTheProxy();
        await().atMost(TASK_ARRIVES).until(() -> activationsOf(instance) == 1);
        proxy().restore();
        awaitAppReachesEngine();
        assertThat(rowsOf(instance, CONFIRM_CONCERN)).as("the activation's answer was lost").isZero();

        RejoinOnItsOwnEngine.engine().increaseTime(Duration.ofMinutes(2));

        UUID confirm = awaitTask(instance, CONFIRM_CONCERN);
        assertThat(activationsOf(instance)).isEqualTo(2);
        await().during(Duration.ofSeconds(3)).until(() -> rowsOf(instance, CONFIRM_CONCERN) == 1);
        confirmConcern(confirm);
        awaitReviewOfTheConfirmedDecision(instance);
    }

    /** Starts the test process with a client that does not go through the proxy (someone else on the cluster). */
    private long startPastTheProxy() {
        Map<String, Object> variables = new HashMap<>(Map.of("schoolId", champion.schoolId().toString(),
                "pupilId", UUID.randomUUID().toString(), "caseId", UUID.randomUUID().toString()));
        return RejoinOnItsOwnEngine.direct().newCreateInstanceCommand().useGrpc().bpmnProcessId(PROCESS)
                .latestVersion().variables(variables).send().join().getProcessInstanceKey();
    }
}
