package org.rejoin.referral;

import java.time.Instant;

/** One line of a referral's own timeline: what happened and who did it (null when Rejoin did). */
public record ReferralHistoryEntry(Instant happenedAt, String what, String byWhom) {
}
