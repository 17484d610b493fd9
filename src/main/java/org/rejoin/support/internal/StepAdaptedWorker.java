package org.rejoin.support.internal;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rejoin.engine.JobVariables;
import org.rejoin.support.SupportPlanProcess.Answers;
import org.rejoin.support.SupportPlanProcess.JobTypes;
import org.rejoin.support.SupportPlanProcess.Variables;
import org.springframework.stereotype.Component;

/**
 * A stalled step adapted or split: steps[stepIndex] is replaced by newSteps (stepIndex stays, so the
 * first new step is reviewed next). The plan keeps the replaced step, marked replaced.
 */
@Component
public class StepAdaptedWorker {

    private final StepChanges changes;
    private final Clock clock;

    StepAdaptedWorker(StepChanges changes, Clock clock) {
        this.clock = clock;
        this.changes = changes;
    }

    @JobWorker(type = JobTypes.STEP_ADAPTED, fetchVariables = {Variables.CASE_ID, Variables.STEPS, Variables.STEP_INDEX,
            Answers.ADAPTATION, Variables.NEW_STEPS, Answers.ADAPTATION_REASON})
    public Map<String, Object> record(ActivatedJob job) {
        JobVariables variables = JobVariables.of(job);
        int index = variables.integer(Variables.STEP_INDEX);
        Object planned = variables.values().get(Variables.STEPS);
        Object replacements = variables.values().get(Variables.NEW_STEPS);
        NewStep.listOf(planned, Variables.STEPS);
        List<NewStep> newSteps = NewStep.listOf(replacements, Variables.NEW_STEPS);
        List<Object> steps = new ArrayList<>((List<?>) planned);
        if (index < 0 || index >= steps.size()) {
            throw new IllegalArgumentException("stepIndex " + index + " is outside the plan's " + steps.size() + " steps");
        }
        changes.adapted(variables.uuid(Variables.CASE_ID), index, newSteps,
                "split".equals(variables.textOrNull(Answers.ADAPTATION)), variables.textOrNull(Answers.ADAPTATION_REASON),
                variables.sourceKey(), LocalDate.now(clock));
        steps.remove(index);
        steps.addAll(index, (List<?>) replacements);
        return Map.of(Variables.STEPS, steps);
    }
}
