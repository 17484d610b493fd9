package org.rejoin.support.internal;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.rejoin.casework.Chronology;
import org.rejoin.casework.EntryKind;
import org.rejoin.casework.NewEntry;
import org.rejoin.engine.JobVariables;
import org.rejoin.referral.AgencyType;
import org.rejoin.referral.ReferralOrigin;
import org.rejoin.referral.ReferralRequest;
import org.rejoin.referral.ReferralService;
import org.rejoin.support.SupportPlanProcess.Answers;
import org.rejoin.support.SupportPlanProcess.JobTypes;
import org.rejoin.support.SupportPlanProcess.Variables;
import org.springframework.stereotype.Component;

/**
 * A step stalled again: asks for a referral to the agency the review chose. The referral id is derived
 * from this task's element instance, so a retried job asks for the same referral, never a second one.
 */
@Component
public class RequestReferralWorker {

    private final ReferralService referrals;
    private final Chronology chronology;

    RequestReferralWorker(ReferralService referrals, Chronology chronology) {
        this.referrals = referrals;
        this.chronology = chronology;
    }

    @JobWorker(type = JobTypes.REQUEST_REFERRAL, fetchVariables = {Variables.CASE_ID, Variables.PUPIL_ID,
            Variables.SCHOOL_ID, Variables.LEAD_CHAMPION, Variables.REFERRAL_AGENCY_TYPE, Answers.REVIEW_NOTES})
    public Map<String, Object> request(ActivatedJob job) {
        JobVariables variables = JobVariables.of(job);
        UUID caseId = variables.uuid(Variables.CASE_ID);
        AgencyType agency = agency(variables.text(Variables.REFERRAL_AGENCY_TYPE));
        UUID referralId = referralId(job.getElementInstanceKey());
        String notes = variables.textOrNull(Answers.REVIEW_NOTES);
        referrals.request(new ReferralRequest(referralId, caseId, variables.uuid(Variables.PUPIL_ID),
                variables.uuid(Variables.SCHOOL_ID), variables.textOrNull(Variables.LEAD_CHAMPION), agency,
                ReferralOrigin.PLAN, null, notes));
        chronology.record(new NewEntry(caseId, EntryKind.CASE, null, null, "Referral asked for: " + agency.label(),
                "A step of the support plan stalled again. The lead champion describes the referral next and a "
                        + "leader approves it; the plan's reviews carry on meanwhile.", Map.of(), variables.sourceKey()));
        return Map.of(Variables.REFERRAL_ID, referralId.toString());
    }

    /** The same element instance (a retried or redelivered job) always gives the same referral id. */
    static UUID referralId(long elementInstanceKey) {
        return UUID.nameUUIDFromBytes(("rejoin:plan-referral:" + elementInstanceKey).getBytes(StandardCharsets.UTF_8));
    }

    private static AgencyType agency(String code) {
        try {
            return AgencyType.valueOf(code);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The review chose no agency Rejoin knows: " + code, e);
        }
    }
}
