package org.rejoin.referral;

import java.util.UUID;

/**
 * A referral was recorded; its process starts on this (stored with the referral's transaction and handed
 * over again until the engine has it). {@code context} is what the requester already said.
 */
public record ReferralRaised(UUID referralId, UUID caseId, UUID pupilId, UUID schoolId, String leadChampion,
                             AgencyType agencyType, ReferralOrigin origin, String context) {
}
