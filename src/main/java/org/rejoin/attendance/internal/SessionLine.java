package org.rejoin.attendance.internal;

import java.time.LocalDate;
import java.util.UUID;
import org.rejoin.attendance.AttendanceCode;

/** One checked session of a register file: the pupil's mark for one morning or afternoon. */
record SessionLine(long line, UUID pupilId, String pupilNamed, LocalDate date, String session, AttendanceCode code,
                   Integer minutesLate, String comment) {

    String key() {
        return pupilId + "/" + date + "/" + session;
    }
}
