package org.rejoin.referral.internal;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import org.rejoin.engine.JobVariables;
import org.rejoin.inbox.InboxService;
import org.rejoin.referral.ReferralProcess.Elements;
import org.rejoin.referral.ReferralProcess.JobTypes;
import org.rejoin.referral.ReferralProcess.Variables;
import org.springframework.stereotype.Component;

/**
 * The agency has not answered by the reminder date: their "accept or decline" step is marked reminded
 * (it rises in their inbox and says so, claimed or not), and the reminder is part of the case's story.
 */
@Component
public class RemindAgencyWorker {

    private final ReferralRecords records;
    private final InboxService inbox;

    RemindAgencyWorker(ReferralRecords records, InboxService inbox) {
        this.records = records;
        this.inbox = inbox;
    }

    @JobWorker(type = JobTypes.REMIND_AGENCY, fetchVariables = {Variables.REFERRAL_ID, Variables.AGENCY_ID})
    public void remind(ActivatedJob job) {
        JobVariables variables = JobVariables.of(job);
        records.reminded(variables.uuid(Variables.REFERRAL_ID), variables.sourceKey());
        inbox.remindStep(job.getProcessInstanceKey(), Elements.ACCEPT_OR_DECLINE);
    }
}
