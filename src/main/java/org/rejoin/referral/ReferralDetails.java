package org.rejoin.referral;

import java.time.Instant;
import java.util.List;

/**
 * One referral with what it shares with the agency (reason, what was tried, consent or the safeguarding
 * reason to go without it) and its timeline. {@code leadChampion}, {@code requestedBy} and {@code context}
 * are the school's working notes: null when a partner reads the referral.
 */
public record ReferralDetails(ReferralSummary summary, String reason, String triedSoFar, Boolean parentalConsent,
                              String safeguardingReason, Instant remindedAt, Instant escalatedAt,
                              Long processInstanceKey, String leadChampion, String requestedBy, String context,
                              List<ReferralHistoryEntry> history) {

    public ReferralDetails {
        history = List.copyOf(history);
    }

    /**
     * What an agency's partner is shown: the referral without the school's working notes, and once it is no longer
     * the agency's to work on (the school withdrew it, the agency declined it, or it is completed), without what
     * the school had shared (its reason, what it tried, consent, the safeguarding reason): a summary line only.
     */
    public ReferralDetails forPartner() {
        if (!summary.status().isUnderWay()) {
            return new ReferralDetails(summary, null, null, null, null, remindedAt, escalatedAt, processInstanceKey,
                    null, null, null, history);
        }
        return new ReferralDetails(summary, reason, triedSoFar, parentalConsent, safeguardingReason, remindedAt,
                escalatedAt, processInstanceKey, null, null, null, history);
    }
}
