package org.rejoin.referral.internal;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import org.rejoin.engine.JobVariables;
import org.rejoin.referral.ReferralProcess.JobTypes;
import org.rejoin.referral.ReferralProcess.Variables;
import org.springframework.stereotype.Component;

/** The agency has not answered by the deadline: recorded, as a leader is asked to chase them. */
@Component
public class EscalateUnansweredWorker {

    private final ReferralRecords records;

    EscalateUnansweredWorker(ReferralRecords records) {
        this.records = records;
    }

    @JobWorker(type = JobTypes.ESCALATE_UNANSWERED, fetchVariables = {Variables.REFERRAL_ID, Variables.CASE_ID,
            Variables.AGENCY_ID})
    public void escalate(ActivatedJob job) {
        JobVariables variables = JobVariables.of(job);
        records.escalated(variables.uuid(Variables.REFERRAL_ID), variables.sourceKey());
    }
}
