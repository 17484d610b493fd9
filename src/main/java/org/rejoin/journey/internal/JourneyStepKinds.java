package org.rejoin.journey.internal;

import static org.rejoin.journey.JourneyProcess.Elements.*;

import java.util.Map;
import java.util.Optional;
import org.rejoin.casework.EntryKind;
import org.rejoin.casework.StepKinds;
import org.rejoin.journey.JourneyProcess;
import org.springframework.stereotype.Component;

/** Which journey steps are contacts with parents, meetings, safeguarding or escalations in the chronology. */
@Component
class JourneyStepKinds implements StepKinds {

    private static final Map<String, EntryKind> KINDS = Map.of(
            INVITE_PARENTS, EntryKind.PARENT_CONTACT,
            PARENT_RESPONSE, EntryKind.PARENT_CONTACT,
            SECOND_INVITATION, EntryKind.PARENT_CONTACT,
            SECOND_PARENT_RESPONSE, EntryKind.PARENT_CONTACT,
            PARENT_MEETING, EntryKind.MEETING,
            RESPOND_TO_SAFEGUARDING, EntryKind.SAFEGUARDING,
            JOURNEY_OVERDUE, EntryKind.ESCALATION);

    @Override
    public Optional<EntryKind> kindOf(String processId, String elementId) {
        if (SafeguardingRelay.PROCESS_OUTSIDE_JOURNEY.equals(processId)) {
            return Optional.of(EntryKind.SAFEGUARDING);
        }
        return JourneyProcess.PROCESS_ID.equals(processId) ? Optional.ofNullable(KINDS.get(elementId)) : Optional.empty();
    }
}
