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
     * What an agency's partner is shown: the referral without the school's working notes, and once the school
     * has withdrawn it (the parents may have withdrawn their consent), without what the school had shared.
     */
    public ReferralDetails forPartner() {
        if (summary.status() == ReferralStatus.WITHDRAWN) {
            return new ReferralDetails(summary, null, null, null, null, remindedAt, escalatedAt, processInstanceKey,
                    null, null, null, history);
        }
        return new ReferralDetails(summary, reason, triedSoFar, parentalConsent, safeguardingReason, remindedAt,
                escalatedAt, processInstanceKey, null, null, null, history);
    }
}
