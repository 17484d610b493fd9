package org.rejoin.inbox;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One human step of a process as the inbox shows it. {@code variables} is filled only when a
 * single task is opened (lists leave it empty); {@code version} changes with every update. The
 * pupil's name and UPN come from the pupil record, not from the process, so the engine holds no names.
 * {@code assigneeName} and {@code completedByName} are the people's display names, read with the task.
 * {@code confidential}: a safeguarding step, reached only by the school's designated safeguarding leads.
 */
public record InboxTask(UUID id, long processInstanceKey, String processId, String elementId, String name,
                        String guidance, UUID caseId, UUID pupilId, UUID schoolId, UUID agencyId,
                        List<String> candidateGroups, List<String> candidateUsers, String assignee,
                        Instant dueDate, Instant followUpDate, int priority, String formId, TaskState state,
                        Instant createdAt, String completedBy, Instant completedAt, long version,
                        Map<String, Object> variables, String pupilName, String upn,
                        boolean confidential, String assigneeName, String completedByName) {

    /** A task as the engine gave it, before anyone's name was looked up. */
    public InboxTask(UUID id, long processInstanceKey, String processId, String elementId, String name,
                     String guidance, UUID caseId, UUID pupilId, UUID schoolId, UUID agencyId,
                     List<String> candidateGroups, List<String> candidateUsers, String assignee,
                     Instant dueDate, Instant followUpDate, int priority, String formId, TaskState state,
                     Instant createdAt, String completedBy, Instant completedAt, long version,
                     Map<String, Object> variables, String pupilName, String upn, boolean confidential) {
        this(id, processInstanceKey, processId, elementId, name, guidance, caseId, pupilId, schoolId, agencyId,
                candidateGroups, candidateUsers, assignee, dueDate, followUpDate, priority, formId, state, createdAt,
                completedBy, completedAt, version, variables, pupilName, upn, confidential, null, null);
    }

    /** Who holds the step, by name (the username only when the account has gone), or null when unclaimed. */
    public String holderName() {
        return assignee == null ? null : assigneeName == null ? assignee : assigneeName;
    }

    /** Who completed the step, by name. */
    public String completerName() {
        return completedBy == null ? null : completedByName == null ? completedBy : completedByName;
    }

    public boolean isOverdue(Instant now) {
        return state == TaskState.OPEN && dueDate != null && dueDate.isBefore(now);
    }
}
