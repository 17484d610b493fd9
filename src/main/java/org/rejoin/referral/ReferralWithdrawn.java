package org.rejoin.referral;

import java.util.UUID;

/**
 * The school withdrew a referral, recorded already; its process ends on this (stored with the withdrawal's
 * transaction and handed over again until the engine has it).
 */
public record ReferralWithdrawn(UUID referralId, UUID caseId) {
}
