package org.rejoin.support.internal;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import java.time.Clock;
import java.time.Instant;
import org.rejoin.engine.JobVariables;
import org.rejoin.support.SupportPlanProcess.JobTypes;
import org.rejoin.support.SupportPlanProcess.Variables;
import org.springframework.stereotype.Component;

/** Every step is achieved: the plan closes, and attendance is followed up six weeks on. */
@Component
public class ClosePlanWorker {

    private final StepChanges changes;
    private final Clock clock;

    ClosePlanWorker(StepChanges changes, Clock clock) {
        this.clock = clock;
        this.changes = changes;
    }

    @JobWorker(type = JobTypes.CLOSE_PLAN, fetchVariables = Variables.CASE_ID)
    public void close(ActivatedJob job) {
        JobVariables variables = JobVariables.of(job);
        changes.closed(variables.uuid(Variables.CASE_ID), variables.sourceKey(), Instant.now(clock));
    }
}
