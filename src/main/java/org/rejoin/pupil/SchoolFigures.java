package org.rejoin.pupil;

/** Headline attendance figures of one school, or of several added together, so far this school year. */
public record SchoolFigures(long pupils, long persistentlyAbsent, long severelyAbsent, long sessionsPresent,
                            long sessionsPossible) {

    public double attendancePercent() {
        return AttendancePercent.of(sessionsPresent, sessionsPossible);
    }

    /** No pupils, no sessions: a school with nothing recorded yet, and where a total starts. */
    public static final SchoolFigures NONE = new SchoolFigures(0, 0, 0, 0, 0);

    public static SchoolFigures total(java.util.stream.Stream<SchoolFigures> figures) {
        return figures.reduce(NONE, SchoolFigures::plus);
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
