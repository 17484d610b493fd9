package org.rejoin.demo;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.rejoin.engine.EngineClock;
import org.rejoin.inbox.InboxService;
import org.rejoin.inbox.InboxTask;
import org.rejoin.security.UserAccount;

/**
 * Submits a demo case's steps as their people would: waits until the step is in that person's view of the
 * case (the engine and its workers put it there), then completes it through the inbox, as the task form does.
 */
final class DemoStepDriver {

    static final Duration WAIT = Duration.ofSeconds(90);
    private static final long POLL_MILLIS = 40;

    private final InboxService inbox;

    DemoStepDriver(InboxService inbox) {
        this.inbox = inbox;
    }

    void complete(UserAccount who, UUID caseId, String elementId, Map<String, Object> answers) {
        inbox.complete(who, awaitStep(who, caseId, elementId).id(), answers);
    }

    InboxTask awaitStep(UserAccount who, UUID caseId, String elementId) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<InboxTask> step = inbox.openStepsOfCase(who, caseId).stream()
                    .filter(t -> t.elementId().equals(elementId)).findFirst();
            if (step.isPresent()) {
                return step.get();
            }
            pause();
        }
        throw new IllegalStateException("The step " + elementId + " of case " + caseId + " did not reach "
                + who.username() + " within " + WAIT.toSeconds() + " s");
    }

    /** Waits until the engine has set at least this many timers of the element, since it started. */
    static void awaitTimers(EngineClock engineClock, String timerElementId, long count) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (engineClock.timersSet(timerElementId) < count) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The engine did not set the timer " + timerElementId + " within "
                        + WAIT.toSeconds() + " s");
            }
            pause();
        }
    }

    /** A moment between two looks at what the engine and its workers have done. */
    static void pause() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the demo's processes", e);
        }
    }
}
