package org.rejoin.support.internal;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import org.rejoin.engine.JobVariables;
import org.rejoin.support.SupportPlanProcess.JobTypes;
import org.rejoin.support.SupportPlanProcess.Variables;
import org.springframework.stereotype.Component;

/** Attendance held six weeks after the plan: the case closes. */
@Component
public class CloseCaseWorker {

    private final FollowUpCheck followUp;

    CloseCaseWorker(FollowUpCheck followUp) {
        this.followUp = followUp;
    }

    @JobWorker(type = JobTypes.CLOSE_CASE, fetchVariables = Variables.CASE_ID)
    public void close(ActivatedJob job) {
        JobVariables variables = JobVariables.of(job);
        followUp.closeCase(variables.uuid(Variables.CASE_ID), variables.sourceKey());
    }
}
