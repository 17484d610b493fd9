package org.rejoin.pupil;

import java.time.LocalDate;

/** A pupil's attendance added up over the weeks recorded from {@code from} on. */
public record AttendanceTotals(LocalDate from, int weeks, long present, long possible) {

    public boolean anyRecorded() {
        return possible > 0;
    }

    /** Present (late included) over possible sessions, 0-100; 100 when nothing was possible. */
    public double percent() {
        return AttendancePercent.of(present, possible);
    }
}
