package org.rejoin.referral;

import java.util.Objects;
import java.util.UUID;

/**
 * A request to refer one pupil's case to one type of agency. {@code referralId} is chosen by the caller
 * so that a repeated request (a job delivered twice) is the same referral. {@code leadChampion} is the
 * username whose inbox gets the champion's steps; {@code requestedBy} is null when a process asked.
 * {@code context} is what the requester already knows (a review's notes), shown to the champion who
 * describes the referral.
 */
public record ReferralRequest(UUID referralId, UUID caseId, UUID pupilId, UUID schoolId, String leadChampion,
                              AgencyType agencyType, ReferralOrigin origin, String requestedBy, String context) {

    public ReferralRequest {
        Objects.requireNonNull(referralId, "referralId");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(pupilId, "pupilId");
        Objects.requireNonNull(schoolId, "schoolId");
        Objects.requireNonNull(agencyType, "agencyType");
        Objects.requireNonNull(origin, "origin");
    }
}
