package org.rejoin.referral.ui;

import java.time.Instant;
import org.rejoin.base.ui.UkDates;
import org.rejoin.referral.ReferralStatus;
import org.rejoin.referral.ReferralSummary;

/** How referral dates and answers read on every page: UK dates, "overdue" said in words, not only in colour. */
final class ReferralText {

    private ReferralText() {
    }

    static String date(Instant instant) {
        return instant == null ? "" : UkDates.format(instant.atZone(UkDates.ZONE).toLocalDate());
    }

    /** "28 Nov 2026", "28 Nov 2026 (overdue)" while the answer is awaited; "answered 27 Nov 2026" after. */
    static String answerBy(ReferralSummary referral, Instant now) {
        if (referral.acceptDeadline() == null) {
            return "Not sent yet";
        }
        if (referral.status() == ReferralStatus.SENT) {
            return date(referral.acceptDeadline()) + (referral.isAnswerOverdue(now) ? " (overdue)" : "");
        }
        return referral.decidedAt() == null ? date(referral.acceptDeadline()) : "Answered " + date(referral.decidedAt());
    }

    /** The agency's answer or outcome in a sentence, or empty while there is none. */
    static String outcome(ReferralSummary referral) {
        return switch (referral.status()) {
            case DECLINED -> "Declined: " + nullToEmpty(referral.declineReason());
            case COMPLETED -> "Recommendations: " + nullToEmpty(referral.recommendations());
            case ACCEPTED -> "Accepted on " + date(referral.decidedAt());
            case WITHDRAWN -> "Withdrawn by the school on " + date(referral.withdrawnAt()) + ": "
                    + nullToEmpty(referral.withdrawReason());
            default -> "";
        };
    }

    static String yesNo(Boolean value) {
        return value == null ? "Not said" : value ? "Yes" : "No";
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
