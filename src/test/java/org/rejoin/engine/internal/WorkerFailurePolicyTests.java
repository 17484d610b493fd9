package org.rejoin.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.exception.CamundaError;
import io.camunda.client.exception.JobError;
import java.lang.reflect.Proxy;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

/** Which failures are retried with a pause and which become an incident at once. */
class WorkerFailurePolicyTests {

    @Test
    void wrongDataBecomesAnIncidentAtOnceWithTheWorkersMessage() {
        var thrown = new RuntimeException("Failed to invoke method: record",
                new IllegalArgumentException("The key adult 'x' is not an active member of staff at the pupil's school"));

        JobError decided = (JobError) WorkerFailurePolicy.decide(thrown, jobWithRetries(3));

        assertThat(decided.getRetries()).isZero();
        assertThat(decided.getErrorMessage()).isEqualTo(
                "The key adult 'x' is not an active member of staff at the pupil's school");
    }

    @Test
    void aDatabaseOutageIsRetriedAfterAPauseUntilTheRetriesAreSpent() {
        var outage = new RuntimeException("Failed to invoke method: record",
                new DataAccessResourceFailureException("Connection refused"));

        JobError first = (JobError) WorkerFailurePolicy.decide(outage, jobWithRetries(3));
        JobError last = (JobError) WorkerFailurePolicy.decide(outage, jobWithRetries(1));

        assertThat(first.getRetries()).isEqualTo(2);
        assertThat(first.getRetryBackoff()).isEqualTo(Duration.ofSeconds(30));
        assertThat(last.getRetries()).isZero();
    }

    @Test
    void aWorkerThatDecidesForItselfIsObeyed() {
        JobError own = CamundaError.jobError("try tomorrow", null, 5, Duration.ofHours(24));

        assertThat(WorkerFailurePolicy.decide(new RuntimeException("Failed to invoke method: x", own),
                jobWithRetries(3))).isSameAs(own);
    }

    private static ActivatedJob jobWithRetries(int retries) {
        return (ActivatedJob) Proxy.newProxyInstance(ActivatedJob.class.getClassLoader(),
                new Class<?>[] {ActivatedJob.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getRetries" -> retries;
                    case "getKey" -> 1L;
                    default -> null;
                });
    }
}
