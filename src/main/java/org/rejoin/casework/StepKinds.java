package org.rejoin.casework;

import java.util.Optional;

/**
 * Lets a process module say which chronology kind one of its completed steps is (a parents' meeting is a
 * MEETING, an invitation a PARENT_CONTACT); steps no module claims are recorded as TASK.
 */
public interface StepKinds {

    Optional<EntryKind> kindOf(String processId, String elementId);
}
