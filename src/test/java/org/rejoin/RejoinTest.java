package org.rejoin;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The one application context every integration test uses: the whole app in its embedded run, with
 * a real HTTP port for the browser tests. Keep it the only configuration: a second context would
 * start a second set of job workers competing for the shared engine's jobs. Support-plan reviews fall due
 * two seconds after a step is agreed, so tests that take a plan through its reviews need not wait a
 * fortnight: the shared engine is never time-travelled. The inbox's reconciler does not run on its own
 * clock here: it closes every open task whose job the engine does not know, which includes the rows tests
 * write straight into the task table for figures, so a test that wants it calls {@code reconcileNow()}.
 * Likewise the daily digest and the morning reminders never fire on the wall clock here (a run across 07:00 or 16:00
 * would email every test's people at once): their tests call {@code Digest.send} and {@code Reminders.remind}.
 * Each test first checks that the shared engine still works ({@link EngineAliveCheck}). Tests that start engines
 * of their own run in another JVM (tag "own-engine", docs/decisions/0009), because in-memory engines in one JVM
 * share their response writer's state. An activation answer lost anyway is offered again when its activation
 * time-out ends, so here those time-outs are short (20 s for steps, 1 minute for service tasks), not 5 minutes.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "rejoin.plan.review-every=PT2S", "rejoin.demo.stages=false", "rejoin.inbox.reconcile-every=P1D",
        "rejoin.notifications.digest-cron=-", "rejoin.notifications.reminder-cron=-",
        "rejoin.inbox.activation-timeout=PT20S", "camunda.client.worker.defaults.timeout=PT1M"})
@ExtendWith(EngineAliveCheck.class)
public @interface RejoinTest {
}
