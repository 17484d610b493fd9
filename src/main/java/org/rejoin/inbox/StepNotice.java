package org.rejoin.inbox;

import java.time.Instant;
import java.util.UUID;

/** An open step as reminders need it: what it is, where, when it is due, and who holds it (null: its groups). */
public record StepNotice(UUID taskId, UUID caseId, UUID schoolId, UUID agencyId, String processId, String elementId,
                         String stepName, Instant dueDate, String assignee) {
}
