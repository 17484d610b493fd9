package org.rejoin.inbox.internal;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobClient;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.rejoin.engine.Incidents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * Puts every human step into the inbox: activates job-worker user tasks with a short timeout, stores
 * them, then extends the timeout to a day (renewed by the reconciler) until someone submits the task.
 * A job delivered again (a lost activation answer, an expired timeout) updates its row.
 * <p>
 * A job is never dropped: if the row cannot be written, the job is failed with a backoff so the
 * engine delivers it again. User-task jobs start with retries = 1 (checked on the in-memory engine),
 * so "retries - 1" would raise an incident at the first database blip, and variables sent with a
 * FailJob command were not visible on re-delivery there; so this worker counts failures per job in
 * memory and lets retries reach 0 (an incident) after {@link #ATTEMPTS} database failures, or at
 * once for a job it can never map (a malformed header or id).
 */
@Component
public class UserTaskWorker {

    static final int ATTEMPTS = 10;
    static final Duration BACKOFF = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(UserTaskWorker.class);

    private final TaskStore store;
    private final ProcessModels models;
    private final SchoolDayDeadline schoolDays;
    private final UserTaskEngine engine;
    private final Incidents incidents;
    private final StepVariables stepVariables;
    private final Map<Long, Integer> failures = new ConcurrentHashMap<>();

    UserTaskWorker(TaskStore store, ProcessModels models, SchoolDayDeadline schoolDays, UserTaskEngine engine,
                   Incidents incidents, StepVariables stepVariables) {
        this.incidents = incidents;
        this.stepVariables = stepVariables;
        this.engine = engine;
        this.store = store;
        this.models = models;
        this.schoolDays = schoolDays;
    }

    @JobWorker(type = UserTaskJob.TYPE, name = "inbox-user-tasks", autoComplete = false,
            timeout = UserTaskEngine.ACTIVATION_TIMEOUT_MILLIS, fetchAllVariables = true)
    public void receive(ActivatedJob job, JobClient client) {
        try {
            store.upsert(schoolDays.apply(UserTaskJob.of(job, models, stepVariables), job));
            failures.remove(job.getKey());
            // stored: now hold the job for a day; if this fails, the job returns after its short timeout
            // and is stored again (same row), so nothing is lost either way
            holdForADay(job.getKey());
        } catch (DataAccessException | TransactionException e) {
            int failed = failures.merge(job.getKey(), 1, Integer::sum);
            int retries = failed >= ATTEMPTS ? 0 : Math.max(job.getRetries(), 1);
            if (retries == 0) {
                failures.remove(job.getKey());
            }
            fail(client, job, retries, "The inbox could not store this task (attempt " + failed + "): " + e.getMessage());
        } catch (RuntimeException e) {
            fail(client, job, 0, "The inbox cannot read this user task: " + e.getMessage());
        }
    }

    private void holdForADay(long jobKey) {
        try {
            engine.extend(jobKey).exceptionally(e -> {
                log.warn("Could not extend user task job {}; it will be offered again and re-stored", jobKey, e);
                return null;
            });
        } catch (RuntimeException e) {
            log.warn("Could not extend user task job {}; it will be offered again and re-stored", jobKey, e);
        }
    }

    private void fail(JobClient client, ActivatedJob job, int retries, String message) {
        if (retries == 0) {
            incidents.record(job, message); // best effort: when the database is the cause, the log has it
        }
        log.error("User task {} of process instance {} ({}): {}; retries left {}", job.getElementId(),
                job.getProcessInstanceKey(), job.getKey(), message, retries);
        client.newFailCommand(job.getKey()).retries(retries).retryBackoff(BACKOFF).errorMessage(message).send()
                .exceptionally(e -> {
                    log.error("Could not fail job {}; it returns when its timeout ends", job.getKey(), e);
                    return null;
                });
    }
}
