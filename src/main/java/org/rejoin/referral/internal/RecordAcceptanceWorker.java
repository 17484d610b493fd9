package org.rejoin.referral.internal;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import org.rejoin.engine.JobVariables;
import org.rejoin.referral.ReferralProcess.JobTypes;
import org.rejoin.referral.ReferralProcess.Variables;
import org.springframework.stereotype.Component;

/** The agency accepted: the referral says so, and so does the case's story. */
@Component
public class RecordAcceptanceWorker {

    private final ReferralRecords records;

    RecordAcceptanceWorker(ReferralRecords records) {
        this.records = records;
    }

    @JobWorker(type = JobTypes.RECORD_ACCEPTANCE, fetchVariables = {Variables.REFERRAL_ID, Variables.CASE_ID,
            Variables.AGENCY_ID})
    public void record(ActivatedJob job) {
        JobVariables variables = JobVariables.of(job);
        records.accepted(variables.uuid(Variables.REFERRAL_ID), variables.sourceKey());
    }
}
