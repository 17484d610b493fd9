package org.rejoin.support;

import java.time.Instant;

/** One review of the current step: when, who, which step, how it was going and what was noticed. */
public record PlanReview(Instant reviewedAt, String reviewedBy, String stepDescription, String outcome,
                         String agencyType, String notes) {
}
