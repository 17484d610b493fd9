package org.rejoin.referral;

import java.util.UUID;

/**
 * The agency accepted or declined a referral, or the school withdrew it; published with the referral's own
 * record of it, so the lead champion can be told (notifications). Carries the agency's name, no pupil data.
 */
public record ReferralDecided(UUID referralId, UUID caseId, UUID schoolId, String leadChampion, String agencyName,
                              Decision decision) {

    public enum Decision { ACCEPTED, DECLINED, WITHDRAWN }
}
