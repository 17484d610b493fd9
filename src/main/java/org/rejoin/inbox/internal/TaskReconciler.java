package org.rejoin.inbox.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.rejoin.inbox.internal.UserTaskEngine.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Takes tasks the engine cancelled out of the inboxes without anyone opening them. Every
 * {@code rejoin.inbox.reconcile-every} (60 s) it extends the job timeout of the least recently
 * checked open tasks, {@code rejoin.inbox.reconcile-batch} (500) at a time: a live job gets a fresh
 * day (so an open task never times out and is re-delivered), a gone one (NOT_FOUND) is marked
 * CANCELLED. Lag: at most reconcile-every × ceil(open tasks / reconcile-batch).
 */
@Component
public class TaskReconciler implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(TaskReconciler.class);

    private final TaskStore store;
    private final UserTaskEngine engine;
    private final InboxProperties properties;
    private final Clock clock;

    TaskReconciler(TaskStore store, UserTaskEngine engine, InboxProperties properties, Clock clock) {
        this.clock = clock;
        this.store = store;
        this.engine = engine;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::reconcileQuietly, properties.reconcileEvery());
    }

    /** Checks one batch now; returns how many tasks were found cancelled. */
    public synchronized int reconcileNow() {
        return reconcile(store.leastRecentlyChecked(properties.reconcileBatch()));
    }

    /**
     * Checks the open tasks of one process instance now, for a process that has just closed steps of its
     * own (an interrupting event) and should not leave them in the inboxes until the next pass.
     */
    public synchronized int reconcileInstance(long processInstanceKey) {
        return reconcile(store.openOfInstance(processInstanceKey));
    }

    private int reconcile(List<TaskStore.OpenJob> batch) {
        List<CompletableFuture<Outcome>> answers = batch.stream().map(job -> engine.extend(job.jobKey())).toList();
        Instant deadline = Instant.now(clock).plus(UserTaskEngine.JOB_TIMEOUT);
        List<java.util.UUID> alive = new ArrayList<>();
        int cancelled = 0;
        for (int i = 0; i < batch.size(); i++) {
            Outcome outcome = answers.get(i).join();
            if (outcome == Outcome.GONE) {
                cancelled += store.markCancelled(batch.get(i).taskId()) ? 1 : 0;
            } else {
                alive.add(batch.get(i).taskId());
            }
        }
        store.markChecked(alive, deadline);
        return cancelled;
    }

    private void reconcileQuietly() {
        try {
            int cancelled = reconcileNow();
            if (cancelled > 0) {
                log.info("{} tasks were closed by their processes and left the inbox", cancelled);
            }
        } catch (RuntimeException e) {
            log.warn("Could not check open tasks against the workflow engine (next try in {}): {}",
                    properties.reconcileEvery(), e.getMessage());
        }
    }
}
