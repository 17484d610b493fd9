package org.rejoin.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A referral as lists show it. The pupil's name, UPN, date of birth and school are read from their
 * records when asked (the referral keeps ids only); partners see exactly these and what the referral shares.
 */
public record ReferralSummary(UUID id, UUID caseId, UUID pupilId, String pupilName, String upn, LocalDate dateOfBirth,
                              int yearGroup, UUID schoolId, String schoolName, AgencyType agencyType, UUID agencyId,
                              String agencyName, ReferralOrigin origin, ReferralStatus status, Instant requestedAt,
                              Instant sentAt, Instant acceptDeadline, Instant decidedAt, Instant completedAt,
                              String declineReason, String recommendations, Instant withdrawnAt,
                              String withdrawReason) {

    /** Sent, not yet accepted or declined, and past the date the agency was asked to answer by. */
    public boolean isAnswerOverdue(Instant now) {
        return status == ReferralStatus.SENT && acceptDeadline != null && acceptDeadline.isBefore(now);
    }

    /** The agency's name once it is sent; until then the type of agency asked for. */
    public String agencyLabel() {
        return agencyName != null ? agencyName : agencyType.label();
    }
}
