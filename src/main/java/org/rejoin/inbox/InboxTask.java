package org.rejoin.inbox;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One human step of a process as the inbox shows it. {@code variables} is filled only when a
 * single task is opened (lists leave it empty); {@code version} changes with every update. The
 * pupil's name and UPN come from the pupil record, not from the process, so the engine holds no names.
 * {@code confidential}: a safeguarding step, reached only by the school's designated safeguarding leads.
 */
public record InboxTask(UUID id, long processInstanceKey, String processId, String elementId, String name,
                        String guidance, UUID caseId, UUID pupilId, UUID schoolId, UUID agencyId,
                        List<String> candidateGroups, List<String> candidateUsers, String assignee,
                        Instant dueDate, Instant followUpDate, int priority, String formId, TaskState state,
                        Instant createdAt, String completedBy, Instant completedAt, long version,
                        Map<String, Object> variables, String pupilName, String upn,
                        boolean confidential) {

    public boolean isOverdue(Instant now) {
        return state == TaskState.OPEN && dueDate != null && dueDate.isBefore(now);
    }
}
