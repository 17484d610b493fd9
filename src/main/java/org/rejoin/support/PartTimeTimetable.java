package org.rejoin.support;

import java.time.Instant;
import java.time.LocalDate;

/** A part-time timetable as the case page shows it; dates are empty until the lead champion records them. */
public record PartTimeTimetable(PartTimeState state, String proposedBy, Instant proposedAt, String reason,
                               String reducedDay, LocalDate startDate, LocalDate endDate, Boolean parentalAgreement,
                               String signedOffBy, String decisionNotes, String reviewOutcome, String reviewNotes,
                               String withdrawReason) {

    /** Signed off and ending within {@code days} from {@code today} (or already past its end, unreviewed). */
    public boolean endsWithin(LocalDate today, int days) {
        return state == PartTimeState.APPROVED && endDate != null && !endDate.isAfter(today.plusDays(days));
    }
}
