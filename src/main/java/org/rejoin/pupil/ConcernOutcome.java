package org.rejoin.pupil;

/** The outcomes of the {@code AttendanceConcern} decision, most serious first. */
public enum ConcernOutcome {
    URGENT, START_JOURNEY, MONITOR, NO_ACTION
}
