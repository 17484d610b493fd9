package org.rejoin.journey.internal;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.rejoin.casework.Chronology;
import org.rejoin.casework.EntryKind;
import org.rejoin.casework.NewEntry;
import org.rejoin.engine.JobVariables;
import org.rejoin.journey.JourneyProcess.JobTypes;
import org.rejoin.journey.JourneyProcess.Variables;
import org.rejoin.referral.AgencyType;
import org.rejoin.referral.ReferralOrigin;
import org.rejoin.referral.ReferralRequest;
import org.rejoin.referral.ReferralService;
import org.springframework.stereotype.Component;

/**
 * Two invitations without engagement: the escalation is recorded and the pupil is referred to the
 * Attendance Improvement Officer. The referral's id comes from the journey's instance, so a job
 * delivered twice (or the escalation reached twice) refers once.
 */
@Component
public class ParentsNotEngagingWorker {

    private final Chronology chronology;
    private final ReferralService referrals;

    ParentsNotEngagingWorker(Chronology chronology, ReferralService referrals) {
        this.chronology = chronology;
        this.referrals = referrals;
    }

    @JobWorker(type = JobTypes.PARENTS_NOT_ENGAGING, fetchVariables = {Variables.CASE_ID, Variables.PUPIL_ID,
            Variables.SCHOOL_ID, Variables.LEAD_CHAMPION})
    public void refer(ActivatedJob job) {
        JobVariables variables = JobVariables.of(job);
        UUID caseId = variables.uuid(Variables.CASE_ID);
        chronology.record(new NewEntry(caseId, EntryKind.ESCALATION, null, null,
                "Parents or carers have not engaged after two invitations",
                "The pupil is referred to the Attendance Improvement Officer: the lead champion describes the "
                        + "referral and a leader approves it.", Map.of(), variables.sourceKey()));
        UUID referralId = UUID.nameUUIDFromBytes(("journey-referral:" + job.getProcessInstanceKey())
                .getBytes(StandardCharsets.UTF_8));
        referrals.request(new ReferralRequest(referralId, caseId, variables.uuid(Variables.PUPIL_ID),
                variables.uuid(Variables.SCHOOL_ID), variables.textOrNull(Variables.LEAD_CHAMPION),
                AgencyType.ATTENDANCE_IMPROVEMENT, ReferralOrigin.JOURNEY, null,
                "Two invitations to the parents or carers went unanswered or were declined."));
    }
}
