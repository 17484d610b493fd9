package org.rejoin.support.internal;

import static org.rejoin.support.SupportPlanProcess.Elements.PART_TIME_EXPIRED;
import static org.rejoin.support.SupportPlanProcess.Elements.RESPOND_TO_SAFEGUARDING;
import static org.rejoin.support.SupportPlanProcess.Elements.REVIEW;
import static org.rejoin.support.SupportPlanProcess.Elements.REVIEW_OVERDUE;

import java.util.Map;
import java.util.Optional;
import org.rejoin.casework.EntryKind;
import org.rejoin.casework.StepKinds;
import org.rejoin.support.SupportPlanProcess;
import org.springframework.stereotype.Component;

/**
 * How the plan's human steps read in the chronology. The safeguarding response must be SAFEGUARDING,
 * which only those who handle safeguarding see; reviews are meetings with the pupil and family.
 */
@Component
class PlanStepKinds implements StepKinds {

    private static final Map<String, EntryKind> KINDS = Map.of(
            RESPOND_TO_SAFEGUARDING, EntryKind.SAFEGUARDING,
            REVIEW, EntryKind.MEETING,
            REVIEW_OVERDUE, EntryKind.ESCALATION,
            PART_TIME_EXPIRED, EntryKind.ESCALATION);

    @Override
    public Optional<EntryKind> kindOf(String processId, String elementId) {
        return SupportPlanProcess.PROCESS_ID.equals(processId) ? Optional.ofNullable(KINDS.get(elementId))
                : Optional.empty();
    }
}
