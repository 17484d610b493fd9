package org.rejoin.journey.internal;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import java.util.Map;
import java.util.UUID;
import org.rejoin.casework.CaseService;
import org.rejoin.casework.CaseStage;
import org.rejoin.casework.Chronology;
import org.rejoin.casework.EntryKind;
import org.rejoin.casework.NewEntry;
import org.rejoin.journey.JourneyProcess.JobTypes;
import org.rejoin.journey.JourneyProcess.Variables;
import org.springframework.stereotype.Component;

/**
 * Step 8 is done: the case moves on to the stepped support plan. (The plan's own process arrives with
 * the support-plan work; until then the case shows the plan's stage and the barriers recorded.)
 */
@Component
public class PlanAgreedWorker {

    private final CaseService cases;
    private final Chronology chronology;

    PlanAgreedWorker(CaseService cases, Chronology chronology) {
        this.cases = cases;
        this.chronology = chronology;
    }

    @JobWorker(type = JobTypes.PLAN_AGREED, fetchVariables = {Variables.CASE_ID, "barriers"})
    public void record(ActivatedJob job) {
        JobVariables variables = JobVariables.of(job);
        UUID caseId = variables.uuid(Variables.CASE_ID);
        cases.moveToStage(caseId, CaseStage.SUPPORT_PLAN);
        String barriers = String.join(", ", variables.texts("barriers").stream().map(Barrier::label).toList());
        chronology.record(new NewEntry(caseId, EntryKind.CASE, null, null,
                "Reintegration plan agreed: the stepped support plan begins",
                barriers.isEmpty() ? null : "Barriers found: " + barriers + ".", Map.of(), variables.sourceKey()));
    }
}
