package org.rejoin.pupil.internal;

import java.time.LocalDate;
import java.util.UUID;
import org.rejoin.pupil.AttendanceWeek;

/** One checked row of an attendance file, before its UPN has been matched to a pupil. */
public record AttendanceCsvRow(long line, String upn, LocalDate weekStarting, int sessionsPossible, int present,
                               int authorisedAbsence, int unauthorisedAbsence, int late, String sessionMarks) {

    public AttendanceWeek toWeek(UUID pupilId) {
        return new AttendanceWeek(pupilId, weekStarting, sessionsPossible, present, authorisedAbsence,
                unauthorisedAbsence, late, sessionMarks);
    }
}
