package org.rejoin.inbox;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Someone completed a human step; published with the inbox's record of it, for the case's chronology. */
public record StepCompleted(UUID taskId, UUID caseId, String processId, String elementId, String stepName,
                            String completedBy, Instant completedAt, Map<String, Object> answers) {

    public StepCompleted {
        answers = answers == null ? Map.of() : answers;
    }
}
