package org.rejoin.pupil;

/** Headline attendance figures of one school, or of several added together, so far this school year. */
public record SchoolFigures(long pupils, long persistentlyAbsent, long severelyAbsent, long sessionsPresent,
                            long sessionsPossible) {

    public double attendancePercent() {
        return AttendancePercent.of(sessionsPresent, sessionsPossible);
    }

    public SchoolFigures plus(SchoolFigures other) {
        return new SchoolFigures(pupils + other.pupils, persistentlyAbsent + other.persistentlyAbsent,
                severelyAbsent + other.severelyAbsent, sessionsPresent + other.sessionsPresent,
                sessionsPossible + other.sessionsPossible);
    }

    public double persistentAbsenceRate() {
        return pupils == 0 ? 0 : 100.0 * persistentlyAbsent / pupils;
    }
}
