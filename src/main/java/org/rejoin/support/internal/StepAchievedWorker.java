package org.rejoin.support.internal;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.rejoin.engine.JobVariables;
import org.rejoin.support.SupportPlanProcess.JobTypes;
import org.rejoin.support.SupportPlanProcess.Variables;
import org.springframework.stereotype.Component;

/**
 * A review found the current step achieved: it is marked so from today and the next one starts. The
 * next stepIndex is counted from the job's own, so a job delivered twice never skips a step.
 */
@Component
public class StepAchievedWorker {

    private final StepChanges changes;
    private final Clock clock;

    StepAchievedWorker(StepChanges changes, Clock clock) {
        this.clock = clock;
        this.changes = changes;
    }

    @JobWorker(type = JobTypes.STEP_ACHIEVED, fetchVariables = {Variables.CASE_ID, Variables.STEP_INDEX})
    public Map<String, Object> record(ActivatedJob job) {
        JobVariables variables = JobVariables.of(job);
        int index = variables.integer(Variables.STEP_INDEX);
        changes.achieved(variables.uuid(Variables.CASE_ID), index, variables.sourceKey(), LocalDate.now(clock));
        return Map.of(Variables.STEP_INDEX, index + 1);
    }
}
