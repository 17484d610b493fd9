package org.rejoin.referral.internal;

import java.util.Optional;
import org.rejoin.casework.EntryKind;
import org.rejoin.casework.StepKinds;
import org.rejoin.referral.ReferralProcess;
import org.springframework.stereotype.Component;

/** A leader chasing an agency that has not answered is an escalation in the case's chronology. */
@Component
class ReferralStepKinds implements StepKinds {

    @Override
    public Optional<EntryKind> kindOf(String processId, String elementId) {
        return ReferralProcess.PROCESS_ID.equals(processId) && ReferralProcess.Elements.CHASE_AGENCY.equals(elementId)
                ? Optional.of(EntryKind.ESCALATION) : Optional.empty();
    }
}
