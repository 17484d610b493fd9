package org.rejoin.pupil;

import java.util.UUID;

/** A pupil triaged by the {@code AttendanceConcern} decision: the facts it saw and what it decided, with why. */
public record TriagedPupil(UUID pupilId, AttendanceFacts facts, ConcernOutcome outcome, String reason) {
}
