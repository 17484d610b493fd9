package org.rejoin.casework.internal;

import java.util.List;
import java.util.Optional;
import org.rejoin.casework.EntryKind;
import org.rejoin.casework.NewEntry;
import org.rejoin.casework.StepKinds;
import org.rejoin.inbox.StepCompleted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Every step someone completes goes into the case's chronology, with the answers they gave. */
@Component
class StepCompletedRecorder {

    private final ChronologyStore chronology;
    private final List<StepKinds> kinds;

    StepCompletedRecorder(ChronologyStore chronology, List<StepKinds> kinds) {
        this.chronology = chronology;
        this.kinds = kinds;
    }

    @ApplicationModuleListener
    void on(StepCompleted step) {
        if (step.caseId() == null) {
            return;
        }
        EntryKind kind = kinds.stream().map(k -> k.kindOf(step.processId(), step.elementId()))
                .flatMap(Optional::stream).findFirst().orElse(EntryKind.TASK);
        chronology.record(new NewEntry(step.caseId(), kind, step.completedAt(), step.completedBy(), step.stepName(),
                null, step.answers(), "task:" + step.taskId()));
    }
}
