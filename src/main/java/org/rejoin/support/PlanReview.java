package org.rejoin.support;

import java.time.Instant;

/**
 * One review of the current step: when, who (their username, and their name as read with the review), which
 * step, how it was going and what was noticed.
 */
public record PlanReview(Instant reviewedAt, String reviewedBy, String reviewerName, String stepDescription,
                         String outcome, String agencyType, String notes) {
}
