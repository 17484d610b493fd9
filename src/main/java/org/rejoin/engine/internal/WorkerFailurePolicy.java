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

    private final DefaultJobExceptionHandlingStrategy engineCommands;
    private final Incidents incidents;

    WorkerFailurePolicy(CommandExceptionHandlingStrategy commands, MetricsRecorder metrics, Incidents incidents) {
        this.engineCommands = new DefaultJobExceptionHandlingStrategy(commands, metrics);
        this.incidents = incidents;
    }

    @Override
    public void handleException(Exception exception, ExceptionHandlingContext context) throws Exception {
        Exception decision = decide(exception, context.job());
        if (decision instanceof JobError error && error.getRetries() == 0) {
            incidents.record(context.job(), error.getErrorMessage());
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
