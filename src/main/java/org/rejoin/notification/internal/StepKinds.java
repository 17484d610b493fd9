package org.rejoin.notification.internal;

import java.util.Set;
import org.rejoin.journey.JourneyProcess;
import org.rejoin.notification.NotificationKind;
import org.rejoin.referral.ReferralProcess;
import org.rejoin.support.SupportPlanProcess;

/** Which kind of email a step offered in the inbox is, by its element id (the processes' own constants). */
final class StepKinds {

    /** Steps that exist because something went past its time and reached a leader. */
    static final Set<String> ESCALATIONS = Set.of(JourneyProcess.Elements.JOURNEY_OVERDUE,
            SupportPlanProcess.Elements.REVIEW_OVERDUE, SupportPlanProcess.Elements.PART_TIME_EXPIRED,
            ReferralProcess.Elements.CHASE_AGENCY);

    private StepKinds() {
    }

    /** Null for the safeguarding step: its leads are told at once when the concern is raised, not again here. */
    static NotificationKind of(String elementId) {
        if (JourneyProcess.Elements.RESPOND_TO_SAFEGUARDING.equals(elementId)) {
            return null;
        }
        if (ReferralProcess.Elements.ACCEPT_OR_DECLINE.equals(elementId)) {
            return NotificationKind.REFERRAL_RECEIVED;
        }
        return ESCALATIONS.contains(elementId) ? NotificationKind.ESCALATION : NotificationKind.STEP_OFFERED;
    }

    static String template(NotificationKind kind) {
        return switch (kind) {
            case REFERRAL_RECEIVED -> "referral-received";
            case ESCALATION -> "escalation";
            default -> "step-offered";
        };
    }
}
