package org.rejoin.journey.internal;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import org.rejoin.casework.CaseService;
import org.rejoin.engine.JobVariables;
import org.rejoin.journey.JourneyProcess.JobTypes;
import org.rejoin.journey.JourneyProcess.Variables;
import org.springframework.stereotype.Component;

/** Step 1 found no concern: the case closes with the champion's reason. */
@Component
public class CloseUnconfirmedConcernWorker {

    private final CaseService cases;

    CloseUnconfirmedConcernWorker(CaseService cases) {
        this.cases = cases;
    }

    @JobWorker(type = JobTypes.CLOSE_UNCONFIRMED, fetchVariables = {Variables.CASE_ID, "closeReason"})
    public void close(ActivatedJob job) {
        JobVariables variables = JobVariables.of(job);
        String reason = variables.textOrNull("closeReason");
        cases.close(variables.uuid(Variables.CASE_ID),
                "The champion found no attendance concern" + (reason == null ? "." : ": " + reason),
                variables.sourceKey());
    }
}
