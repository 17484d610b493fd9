package org.rejoin.ladder.internal;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.rejoin.casework.CaseService;
import org.rejoin.engine.JobVariables;
import org.rejoin.ladder.FormalSupportProcess.JobTypes;
import org.rejoin.ladder.FormalSupportProcess.Variables;
import org.springframework.stereotype.Component;

/**
 * Before a statutory threshold step (bpmn/statutory-threshold.bpmn) reaches the champions: the pupil's open case
 * (so the step links to it and the case page lists it) and the support already offered on it, read from the
 * records, for the national framework step to show. No open case: {@code caseId} stays unset and the step says so.
 */
@Component
public class ThresholdCaseWorker {

    private final CaseService cases;
    private final SupportOffered support;

    ThresholdCaseWorker(CaseService cases, SupportOffered support) {
        this.cases = cases;
        this.support = support;
    }

    @JobWorker(type = JobTypes.THRESHOLD_CASE, fetchVariables = {Variables.PUPIL_ID})
    public Map<String, Object> find(ActivatedJob job) {
        Optional<UUID> caseId = cases.openCaseOfPupil(JobVariables.of(job).uuid(Variables.PUPIL_ID));
        Map<String, Object> found = new HashMap<>();
        caseId.ifPresentOrElse(id -> {
            found.put(Variables.CASE_ID, id.toString());
            found.put(Variables.SUPPORT_OFFERED, SupportOffered.asText(support.of(id)));
        }, () -> found.put(Variables.SUPPORT_OFFERED, "No case is open for this pupil, so nothing is recorded as "
                + "offered. Open a case from the pupil's page to offer support; formal support starts on a case."));
        return found;
    }
}
