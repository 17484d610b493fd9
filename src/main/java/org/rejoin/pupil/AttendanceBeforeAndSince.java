package org.rejoin.pupil;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One pupil's attendance before and since a day (see {@link AttendanceFigures} for which weeks count):
 * sessions present and possible on each side, with the pupil and school it belongs to.
 */
public record AttendanceBeforeAndSince(UUID key, UUID pupilId, String pupilName, UUID schoolId, String schoolName,
                                       LocalDate from, LocalDate until, long beforePresent, long beforePossible,
                                       long sincePresent, long sincePossible) {

    /** A change smaller than this many percentage points either way is "about the same". */
    public static final int SAME_WITHIN_POINTS = 1;

    public enum Direction { IMPROVED, ABOUT_THE_SAME, WORSE, NOT_YET }

    /** Attendance has been recorded on both sides, so the two can be compared. */
    public boolean compared() {
        return beforePossible > 0 && sincePossible > 0;
    }

    public Double beforePercent() {
        return beforePossible == 0 ? null : 100.0 * beforePresent / beforePossible;
    }

    public Double sincePercent() {
        return sincePossible == 0 ? null : 100.0 * sincePresent / sincePossible;
    }

    /** Since minus before, in percentage points; null until both sides have attendance. */
    public Double change() {
        return compared() ? sincePercent() - beforePercent() : null;
    }

    public Direction direction() {
        return direction(beforePresent, beforePossible, sincePresent, sincePossible);
    }

    /** The same rule the database counts by, in whole numbers, so no rounding puts a case on the other side. */
    static Direction direction(long beforePresent, long beforePossible, long sincePresent, long sincePossible) {
        if (beforePossible == 0 || sincePossible == 0) {
            return Direction.NOT_YET;
        }
        long scaledChange = 100 * (sincePresent * beforePossible - beforePresent * sincePossible);
        long threshold = SAME_WITHIN_POINTS * beforePossible * sincePossible;
        if (scaledChange >= threshold) {
            return Direction.IMPROVED;
        }
        return scaledChange <= -threshold ? Direction.WORSE : Direction.ABOUT_THE_SAME;
    }
}
