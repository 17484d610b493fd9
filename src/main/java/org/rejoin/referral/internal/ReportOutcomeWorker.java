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
import org.rejoin.inbox.InboxService;
import org.rejoin.referral.ReferralProcess;
import org.rejoin.referral.ReferralProcess.JobTypes;
import org.rejoin.referral.ReferralProcess.Outcomes;
import org.rejoin.referral.ReferralProcess.Variables;
import org.rejoin.referral.ReferralStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
    private static final Logger log = LoggerFactory.getLogger(ReportOutcomeWorker.class);

    private final ReferralRecords records;
    private final CamundaClient camunda;
    private final InboxService inbox;

    ReportOutcomeWorker(ReferralRecords records, CamundaClient camunda, InboxService inbox) {
        this.records = records;
        this.camunda = camunda;
        this.inbox = inbox;
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
            case Outcomes.WITHDRAWN -> {
                require(referralId, ReferralStatus.WITHDRAWN); // recorded by the school
                dropClosedSteps(job.getProcessInstanceKey());
            }
            default -> throw new IllegalArgumentException("'" + outcome + "' is not a referral outcome");
        }
        Map<String, Object> message = new HashMap<>();
        message.put(Variables.OUTCOME, outcome);
        message.put(Variables.RECOMMENDATIONS, Outcomes.COMPLETED.equals(outcome) ? recommendations : null);
        Messages.publishOnce(camunda, ReferralProcess.MESSAGE_OUTCOME_REPORTED, referralId.toString(),
                referralId + ":outcome", TIME_TO_LIVE, message);
    }

    /** The agency's step the withdrawal closed leaves the inboxes now; if not, at the reconciler's next pass. */
    private void dropClosedSteps(long processInstanceKey) {
        try {
            inbox.dropStepsClosedBy(processInstanceKey);
        } catch (RuntimeException e) {
            log.warn("The steps closed by withdrawing referral process {} leave the inboxes at the next check: {}",
                    processInstanceKey, e.getMessage());
        }
    }

    private void require(UUID referralId, ReferralStatus expected) {
        ReferralStatus status = records.require(referralId).summary().status();
        if (status != expected) {
            throw new IllegalArgumentException("Referral " + referralId + " is reported as " + expected + " but is "
                    + status);
        }
    }
}
