package org.rejoin.pupil;

/** Headline attendance figures of one school since a date. */
public record SchoolFigures(long pupils, long persistentlyAbsent, long severelyAbsent, long sessionsPresent,
                            long sessionsPossible) {

    public double attendancePercent() {
        return AttendancePercent.of(sessionsPresent, sessionsPossible);
    }

    public double persistentAbsenceRate() {
        return pupils == 0 ? 0 : 100.0 * persistentlyAbsent / pupils;
    }
}
