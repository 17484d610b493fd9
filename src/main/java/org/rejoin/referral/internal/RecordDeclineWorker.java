package org.rejoin.referral.internal;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import org.rejoin.engine.JobVariables;
import org.rejoin.referral.ReferralProcess.JobTypes;
import org.rejoin.referral.ReferralProcess.Variables;
import org.springframework.stereotype.Component;

/** The agency declined: the referral is closed as declined with their reason, which the champion will see. */
@Component
public class RecordDeclineWorker {

    private final ReferralRecords records;

    RecordDeclineWorker(ReferralRecords records) {
        this.records = records;
    }

    @JobWorker(type = JobTypes.RECORD_DECLINE, fetchVariables = {Variables.REFERRAL_ID, Variables.CASE_ID,
            Variables.DECLINE_REASON})
    public void record(ActivatedJob job) {
        JobVariables variables = JobVariables.of(job);
        records.declined(variables.uuid(Variables.REFERRAL_ID), variables.text(Variables.DECLINE_REASON),
                variables.sourceKey());
    }
}
