package org.rejoin.inbox;

import java.time.Instant;
import java.util.UUID;

/**
 * An open step as seen by someone waiting for it or about to take it: who holds it in words (a person's
 * name, "any attendance champion at the school", an agency's name), whether it is theirs, and whether they
 * could take it now (offered to them and unclaimed).
 */
public record WaitingStep(UUID taskId, UUID caseId, String pupilName, String step, Instant dueDate, UUID schoolId,
                          String holder, boolean mine, boolean canTake) {
}
