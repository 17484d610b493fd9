package org.rejoin.targeting;

import java.time.LocalDate;
import org.rejoin.pupil.SchoolFigures;
import org.rejoin.pupil.SchoolInfo;

/**
 * The head of a school's targeting pack: the school, the week its school year's attendance is counted from,
 * and how many pupils are at or below 90% and 50% of the pupils with sessions so far.
 */
public record Pack(SchoolInfo school, LocalDate countedFrom, SchoolFigures attendance) {

    public long pupils() {
        return attendance.pupils();
    }

    public long atOrBelow90() {
        return attendance.persistentlyAbsent();
    }

    public long atOrBelow50() {
        return attendance.severelyAbsent();
    }

    public long count(AttendanceBand band) {
        return band == AttendanceBand.AT_OR_BELOW_50 ? atOrBelow50() : atOrBelow90();
    }
}
