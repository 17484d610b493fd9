package org.rejoin.pupil;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A pupil's header and their weekly attendance, oldest week first. */
public record PupilDetails(UUID id, UUID schoolId, String schoolName, String upn, String firstName, String lastName,
                           LocalDate dateOfBirth, int yearGroup, SenStatus senStatus, UUID keyAdultUserId,
                           List<AttendanceWeek> weeks) {

    public String fullName() {
        return firstName + " " + lastName;
    }

    public long sessionsPresent() {
        return weeks.stream().mapToLong(AttendanceWeek::present).sum();
    }

    public long sessionsPossible() {
        return weeks.stream().mapToLong(AttendanceWeek::sessionsPossible).sum();
    }

    public double attendancePercent() {
        return AttendancePercent.of(sessionsPresent(), sessionsPossible());
    }
}
