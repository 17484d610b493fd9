package org.rejoin.support.internal;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.rejoin.engine.JobVariables;
import org.rejoin.support.SupportPlanProcess.JobTypes;
import org.rejoin.support.SupportPlanProcess.Variables;
import org.springframework.stereotype.Component;

/** Six weeks after the plan closed: sets sustained (attendance held), or the plan starts its reviews again. */
@Component
public class FollowUpCheckWorker {

    private final FollowUpCheck followUp;
    private final Clock clock;

    FollowUpCheckWorker(FollowUpCheck followUp, Clock clock) {
        this.clock = clock;
        this.followUp = followUp;
    }

    // the pupil is the plan's own (recorded when it started), so only the case is read
    @JobWorker(type = JobTypes.FOLLOW_UP_CHECK, fetchVariables = Variables.CASE_ID)
    public Map<String, Object> check(ActivatedJob job) {
        JobVariables variables = JobVariables.of(job);
        return Map.of(Variables.SUSTAINED, followUp.check(variables.uuid(Variables.CASE_ID), variables.sourceKey(),
                Instant.now(clock)));
    }
}
