package org.rejoin.pupil;

import java.util.UUID;

/** One row of a pupil list: who, and their attendance so far this school year. */
public record PupilSummary(UUID id, String upn, String firstName, String lastName, int yearGroup,
                           SenStatus senStatus, long sessionsPresent, long sessionsPossible) {

    public String fullName() {
        return firstName + " " + lastName;
    }

    /** Present (late counts as present) as a percentage of possible sessions; 100 when none were possible. */
    public double attendancePercent() {
        return AttendancePercent.of(sessionsPresent, sessionsPossible);
    }

    public boolean persistentlyAbsent() {
        return AttendancePercent.isPersistentAbsence(sessionsPresent, sessionsPossible);
    }
}
