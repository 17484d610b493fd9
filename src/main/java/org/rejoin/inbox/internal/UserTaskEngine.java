package org.rejoin.inbox.internal;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.springframework.stereotype.Component;

/**
 * The commands the inbox sends about a user-task job, over gRPC. Both answer GONE when the engine
 * no longer has the job (the instance was cancelled, an interrupting event fired): checked on the
 * in-memory engine 8.8.21, where CompleteJob and UpdateJobTimeout on a cancelled job are rejected
 * with NOT_FOUND, and UpdateJobTimeout on a live job succeeds without re-activating it.
 * This class and {@link UserTaskWorker} are all that knows user tasks are jobs.
 */
@Component
public class UserTaskEngine {

    /**
     * Short at activation: if the activation's answer is lost (broker crash, network blip) the engine
     * offers the job again within minutes instead of leaving the step out of every inbox for a day.
     */
    static final long ACTIVATION_TIMEOUT_MILLIS = 5 * 60 * 1000L;
    /** Long once the task is stored, because a person works on the step for days; the reconciler renews it. */
    static final Duration JOB_TIMEOUT = Duration.ofHours(24);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);

    public enum Outcome { DONE, GONE }

    private final CamundaClient client;

    UserTaskEngine(CamundaClient client) {
        this.client = client;
    }

    /** Completes the job with the submitted variables; throws {@link EngineUnavailableException} if unsure. */
    public Outcome complete(long jobKey, Map<String, Object> variables) {
        try {
            client.newCompleteCommand(jobKey).useGrpc().variables(variables).requestTimeout(REQUEST_TIMEOUT)
                    .send().join();
            return Outcome.DONE;
        } catch (RuntimeException e) {
            return goneOrThrow(e);
        }
    }

    /** Extends the job's timeout; the answer also tells whether the job still exists. */
    public CompletableFuture<Outcome> extend(long jobKey) {
        return client.newUpdateTimeoutCommand(jobKey).useGrpc().timeout(JOB_TIMEOUT).requestTimeout(REQUEST_TIMEOUT)
                .send().toCompletableFuture()
                .handle((ok, e) -> e == null ? Outcome.DONE : goneOrThrow(e));
    }

    private static Outcome goneOrThrow(Throwable e) {
        Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        // join() wraps the gRPC status in a ClientStatusException, the async future hands it over raw
        Status.Code code = cause instanceof ClientStatusException status ? status.getStatusCode()
                : Status.fromThrowable(cause).getCode();
        if (code == Status.Code.NOT_FOUND) {
            return Outcome.GONE;
        }
        throw new EngineUnavailableException(cause);
    }

    /** The engine did not answer clearly; nothing is known to have changed, the task stays open. */
    public static class EngineUnavailableException extends IllegalStateException {
        EngineUnavailableException(Throwable cause) {
            super("The workflow engine did not answer; the task is still open, please try again", cause);
        }
    }
}
