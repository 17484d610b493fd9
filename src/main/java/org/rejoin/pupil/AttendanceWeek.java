package org.rejoin.pupil;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One pupil's attendance for one week as the school's MIS reports it. {@code sessionMarks} is
 * optional: ten marks Monday AM to Friday PM ('/' present, 'L' late, 'A' authorised absence,
 * 'U' unauthorised absence, '-' no session), which reveal same-weekday patterns.
 */
public record AttendanceWeek(UUID pupilId, LocalDate weekStarting, int sessionsPossible, int present,
                             int authorisedAbsence, int unauthorisedAbsence, int late, String sessionMarks) {

    public AttendanceWeek {
        if (weekStarting.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("A week starts on a Monday; " + weekStarting + " is a "
                    + weekStarting.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK));
        }
        if (sessionsPossible < 0 || sessionsPossible > 10) {
            throw new IllegalArgumentException("Sessions possible in a week is 0 to 10, not " + sessionsPossible);
        }
        if (present < 0 || authorisedAbsence < 0 || unauthorisedAbsence < 0 || late < 0) {
            throw new IllegalArgumentException("Session counts cannot be negative");
        }
        if (present + authorisedAbsence + unauthorisedAbsence != sessionsPossible) {
            throw new IllegalArgumentException("Present (" + present + ") + authorised (" + authorisedAbsence
                    + ") + unauthorised (" + unauthorisedAbsence + ") must equal sessions possible (" + sessionsPossible + ")");
        }
        if (late > present) {
            throw new IllegalArgumentException("Late sessions (" + late + ") are counted within present (" + present + ")");
        }
        if (sessionMarks != null && !sessionMarks.matches("[/LAU-]{10}")) {
            throw new IllegalArgumentException("Session marks are ten of / L A U -, Monday morning to Friday afternoon");
        }
    }

    public double attendancePercent() {
        return AttendancePercent.of(present, sessionsPossible);
    }
}
