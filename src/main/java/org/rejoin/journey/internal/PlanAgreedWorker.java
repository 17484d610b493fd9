package org.rejoin.journey.internal;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import java.util.Map;
import java.util.UUID;
import org.rejoin.casework.Chronology;
import org.rejoin.casework.EntryKind;
import org.rejoin.casework.NewEntry;
import org.rejoin.engine.JobVariables;
import org.rejoin.journey.JourneyProcess.JobTypes;
import org.rejoin.journey.JourneyProcess.Variables;
import org.rejoin.support.SupportPlanService;
import org.springframework.stereotype.Component;

/**
 * Step 8 is done: the case's stepped support plan starts (once per case, however often this runs),
 * bringing what the journey learned about the pupil to its first step.
 */
@Component
public class PlanAgreedWorker {

    static final String BARRIERS = "barriers";

    private final SupportPlanService plans;
    private final Chronology chronology;

    PlanAgreedWorker(SupportPlanService plans, Chronology chronology) {
        this.plans = plans;
        this.chronology = chronology;
    }

    @JobWorker(type = JobTypes.PLAN_AGREED, fetchVariables = {Variables.CASE_ID, Variables.PUPIL_ID,
            Variables.SCHOOL_ID, Variables.LEAD_CHAMPION, Variables.KEY_ADULT, BARRIERS, "barrierDetails",
            "pupilWorries", "whatHelps", "parentsView", "agreedAdjustments"})
    public void startPlan(ActivatedJob job) {
        JobVariables variables = JobVariables.of(job);
        UUID caseId = variables.uuid(Variables.CASE_ID);
        String barriers = String.join(", ", variables.texts(BARRIERS).stream().map(Barrier::label).toList());
        chronology.record(new NewEntry(caseId, EntryKind.CASE, null, null,
                "Reintegration plan agreed: the stepped support plan begins",
                barriers.isEmpty() ? null : "Barriers found: " + barriers + ".", Map.of(), variables.sourceKey()));
        plans.start(caseId, variables.uuid(Variables.PUPIL_ID), variables.uuid(Variables.SCHOOL_ID),
                variables.text(Variables.LEAD_CHAMPION), variables.text(Variables.KEY_ADULT), variables.values());
    }
}
