package org.rejoin.referral.internal;

import io.camunda.client.CamundaClient;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.rejoin.engine.JobVariables;
import org.rejoin.engine.Messages;
import org.rejoin.referral.ReferralProcess;
import org.rejoin.referral.ReferralProcess.JobTypes;
import org.rejoin.referral.ReferralProcess.Outcomes;
import org.rejoin.referral.ReferralProcess.Variables;
import org.rejoin.referral.ReferralStatus;
import org.springframework.stereotype.Component;

/**
 * The referral's outcome goes back to whoever asked: recorded (a completed referral with the agency's
 * recommendations; a decline or a withdrawal was recorded already), then ReferralOutcomeReported, keyed by the referral id
 * so two referrals for one pupil never cross. It is buffered for {@link #TIME_TO_LIVE}, so a plan whose
 * subscription is still opening receives it; its message id makes a redelivered job publish it once.
 */
@Component
public class ReportOutcomeWorker {

    static final Duration TIME_TO_LIVE = Duration.ofHours(1);

    private final ReferralRecords records;
    private final CamundaClient camunda;

    ReportOutcomeWorker(ReferralRecords records, CamundaClient camunda) {
        this.records = records;
        this.camunda = camunda;
    }

    @JobWorker(type = JobTypes.REPORT_OUTCOME, fetchVariables = {Variables.REFERRAL_ID, Variables.CASE_ID,
            Variables.OUTCOME, Variables.RECOMMENDATIONS})
    public void report(ActivatedJob job) {
        JobVariables variables = JobVariables.of(job);
        UUID referralId = variables.uuid(Variables.REFERRAL_ID);
        String outcome = variables.text(Variables.OUTCOME);
        String recommendations = variables.textOrNull(Variables.RECOMMENDATIONS);
        switch (outcome) {
            case Outcomes.COMPLETED -> records.completed(referralId, recommendations, variables.sourceKey());
            case Outcomes.DECLINED -> require(referralId, ReferralStatus.DECLINED); // recorded by the step before
            case Outcomes.WITHDRAWN -> require(referralId, ReferralStatus.WITHDRAWN); // recorded by the school
            default -> throw new IllegalArgumentException("'" + outcome + "' is not a referral outcome");
        }
        Map<String, Object> message = new HashMap<>();
        message.put(Variables.OUTCOME, outcome);
        message.put(Variables.RECOMMENDATIONS, Outcomes.COMPLETED.equals(outcome) ? recommendations : null);
        Messages.publishOnce(camunda, ReferralProcess.MESSAGE_OUTCOME_REPORTED, referralId.toString(),
                referralId + ":outcome", TIME_TO_LIVE, message);
    }

    private void require(UUID referralId, ReferralStatus expected) {
        ReferralStatus status = records.require(referralId).summary().status();
        if (status != expected) {
            throw new IllegalArgumentException("Referral " + referralId + " is reported as " + expected + " but is "
                    + status);
        }
    }
}
