package org.rejoin.engine;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.response.ActivatedJob;
import io.grpc.Status;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.rejoin.engine.internal.IncidentResolver;
import org.rejoin.engine.internal.IncidentStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Jobs the app gave up on, as the engine's incidents: recorded when a worker fails a job with no retries
 * left, listed for administrators, and retried once the cause is fixed. Callers check who may do this.
 */
@Service
public class Incidents {

    /** Retries given back to a job by a retry: its own failure policy applies again. */
    public static final int RETRIES_ON_RETRY = 3;
    private static final Logger log = LoggerFactory.getLogger(Incidents.class);

    private final IncidentStore store;
    private final CamundaClient camunda;
    private final IncidentResolver resolver;

    Incidents(IncidentStore store, CamundaClient camunda, IncidentResolver resolver) {
        this.store = store;
        this.camunda = camunda;
        this.resolver = resolver;
    }

    /** Never throws: the job's failure reaches the engine whether or not the app can write this down. */
    public void record(ActivatedJob job, String message) {
        try {
            store.opened(job.getKey(), job.getProcessInstanceKey(), job.getBpmnProcessId(), job.getElementId(),
                    job.getType(), caseIdOf(job), message);
        } catch (RuntimeException e) {
            log.error("Incident on job {} ({} in {}) could not be recorded: {}", job.getKey(), job.getElementId(),
                    job.getBpmnProcessId(), message, e);
        }
    }

    public List<JobIncident> open(int limit, long offset) {
        return store.open(limit, offset);
    }

    public long openCount() {
        return store.openCount();
    }

    public Optional<JobIncident> find(long jobKey) {
        return store.find(jobKey);
    }

    /** Gives the job its retries back and resolves its incident, so a worker takes it again. */
    public RetryOutcome retry(long jobKey, String by) {
        try {
            camunda.newUpdateRetriesCommand(jobKey).retries(RETRIES_ON_RETRY)
                    .requestTimeout(Duration.ofSeconds(10)).send().join();
        } catch (ClientStatusException e) {
            if (e.getStatus().getCode() != Status.Code.NOT_FOUND) {
                throw e;
            }
            store.retried(jobKey, by);
            return RetryOutcome.PROCESS_MOVED_ON;
        }
        boolean resolved = resolver.resolve(jobKey);
        store.retried(jobKey, by);
        return resolved ? RetryOutcome.RETRYING : RetryOutcome.RESOLVE_IN_OPERATE;
    }

    private static UUID caseIdOf(ActivatedJob job) {
        try {
            Object value = job.getVariablesAsMap().get("caseId");
            return value == null ? null : UUID.fromString(value.toString());
        } catch (RuntimeException e) {
            return null; // the wrong data may be the very cause of the incident
        }
    }

    /** What a retry did. */
    public enum RetryOutcome {
        /** The job has its retries back and its incident is resolved: a worker takes it again. */
        RETRYING,
        /** Retries given back, but this engine cannot tell the app the incident's key: resolve it in Operate. */
        RESOLVE_IN_OPERATE,
        /** The job no longer exists (its process was cancelled or moved on): nothing to retry. */
        PROCESS_MOVED_ON
    }
}
