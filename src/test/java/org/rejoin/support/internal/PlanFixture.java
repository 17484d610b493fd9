package org.rejoin.support.internal;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.camunda.client.api.response.ActivatedJob;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.rejoin.inbox.StepCompleted;
import org.rejoin.support.SupportPlanProcess;
import org.rejoin.support.SupportPlanProcess.Elements;

/**
 * A plan recorded straight through its recorders, without its process: what the inbox and the engine
 * would hand over (completed steps, jobs), made by hand, so a test can hand the same one over twice.
 */
final class PlanFixture {

    private static final AtomicLong JOB_KEYS = new AtomicLong(System.nanoTime());

    static final List<Map<String, Object>> THREE_STEPS = List.of(
            Map.of("description", "In for period 1 on Monday and Tuesday", "adjustments", List.of("QUIET_SPACE")),
            Map.of("description", "Mornings every day", "adjustments", List.of("DIFFERENT_ENTRANCE", "OTHER"),
                    "otherAdjustment", "Lunch in the library"),
            Map.of("description", "Full days", "adjustments", List.of()));

    private PlanFixture() {
    }

    /** A plan for the case whose goal and three steps were agreed at {@code agreedAt}. */
    static void agreed(PlanStore plans, TaskRecords tasks, UUID caseId, UUID schoolId, UUID pupilId, String champion,
                       Instant agreedAt) {
        plans.createIfNone(caseId, schoolId, pupilId, champion, champion, Duration.ofDays(14));
        tasks.stepsAgreed(step(caseId, Elements.AGREE_GOALS_AND_STEPS, champion, agreedAt, Map.of(
                "overallGoal", "Full days by Easter", "steps", THREE_STEPS, "parentContact", "CARER",
                "contactArrangements", "A text every Friday")));
    }

    static StepCompleted step(UUID caseId, String elementId, String by, Instant at, Map<String, Object> answers) {
        return new StepCompleted(UUID.randomUUID(), caseId, SupportPlanProcess.PROCESS_ID, elementId, elementId, by, at,
                answers);
    }

    /** A job as the engine activates it: its own key, element instance and variables. */
    static ActivatedJob job(Map<String, Object> variables) {
        ActivatedJob job = mock(ActivatedJob.class);
        long key = JOB_KEYS.incrementAndGet();
        when(job.getKey()).thenReturn(key);
        when(job.getElementInstanceKey()).thenReturn(key + 1_000_000);
        when(job.getVariablesAsMap()).thenReturn(variables);
        return job;
    }
}
