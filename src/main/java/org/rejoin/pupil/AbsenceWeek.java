package org.rejoin.pupil;

import java.time.LocalDate;

/**
 * Persistent and severe absence so far this school year, as it stood at the end of one week, over the
 * schools counted: {@code schools} had figures that year by then, {@code schoolsRecorded} recorded this very
 * week (the others count with their latest week before it).
 */
public record AbsenceWeek(LocalDate weekStarting, long pupils, long persistentlyAbsent, long severelyAbsent,
                          int schoolsRecorded, int schools) {

    public double persistentPercent() {
        return pupils == 0 ? 0 : 100.0 * persistentlyAbsent / pupils;
    }

    public double severePercent() {
        return pupils == 0 ? 0 : 100.0 * severelyAbsent / pupils;
    }

    /** The school year (August to July) this week's figures belong to, by the day it starts. */
    public LocalDate schoolYearStart() {
        return AttendanceFigures.schoolYearStart(weekStarting);
    }
}
