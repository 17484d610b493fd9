package org.rejoin.engine.internal;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.exception.CamundaError;
import io.camunda.client.exception.JobError;
import io.camunda.client.jobhandling.CommandExceptionHandlingStrategy;
import io.camunda.client.jobhandling.DefaultJobExceptionHandlingStrategy;
import io.camunda.client.jobhandling.JobExceptionHandlingStrategy;
import io.camunda.client.metrics.MetricsRecorder;
import java.lang.reflect.InvocationTargetException;
import java.time.Duration;
import org.rejoin.engine.Incidents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What a service-task worker's exception does to its job (replaces the starter's default, which
 * retries at once): a job whose data is wrong ({@link IllegalArgumentException}: a missing or
 * malformed variable, someone who is not staff of the school) becomes an incident at once with the
 * worker's plain message, since retrying cannot help; anything else (the database or the engine
 * away) is retried after {@link #BACKOFF}, and after its BPMN retries becomes an incident. A worker
 * that throws a {@link CamundaError} itself decides for itself. Every job given up on is recorded as
 * an incident for administrators ({@link Incidents}).
 */
@Component
class WorkerFailurePolicy implements JobExceptionHandlingStrategy {

    static final Duration BACKOFF = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(WorkerFailurePolicy.class);

    private final DefaultJobExceptionHandlingStrategy engineCommands;
    private final Incidents incidents;

    WorkerFailurePolicy(CommandExceptionHandlingStrategy commands, MetricsRecorder metrics, Incidents incidents) {
        this.engineCommands = new DefaultJobExceptionHandlingStrategy(commands, metrics);
        this.incidents = incidents;
    }

    @Override
    public void handleException(Exception exception, ExceptionHandlingContext context) throws Exception {
        ActivatedJob job = context.job();
        Exception decision = decide(exception, job);
        if (decision instanceof JobError error) {
            log.warn("Job {} ({} in {}) failed: {}; retries left {}", job.getKey(), job.getElementId(),
                    job.getBpmnProcessId(), error.getErrorMessage(), error.getRetries());
            if (error.getRetries() == 0) {
                incidents.record(job, error.getErrorMessage());
            }
        }
        engineCommands.handleException(decision, context);
    }

    static Exception decide(Exception exception, ActivatedJob job) {
        Throwable cause = unwrap(exception);
        if (cause instanceof CamundaError error) {
            return error;
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        if (cause instanceof IllegalArgumentException) {
            return new JobError(message, null, 0, Duration.ZERO, cause);
        }
        return new JobError(message, null, Math.max(job.getRetries() - 1, 0), BACKOFF, cause);
    }

    /** The starter wraps what the worker threw ("Failed to invoke method"); the worker's own exception decides. */
    private static Throwable unwrap(Throwable thrown) {
        Throwable current = thrown;
        while (current.getCause() != null && (current instanceof InvocationTargetException
                || (current.getClass() == RuntimeException.class && String.valueOf(current.getMessage())
                .startsWith("Failed to invoke method")))) {
            current = current.getCause();
        }
        return current;
    }
}
