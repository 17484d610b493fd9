package org.rejoin.pupil;

/**
 * Attendance before and since, over many pupils: sessions added up over the pupils whose attendance is
 * recorded on both sides (so both percentages count the same pupils), and how many improved, stayed about
 * the same (within {@link AttendanceBeforeAndSince#SAME_WITHIN_POINTS} point) or got worse, and how many
 * have no attendance recorded yet on one side.
 */
public record AttendanceChangeTotals(long total, long beforePresent, long beforePossible, long sincePresent,
                                     long sincePossible, long improved, long aboutTheSame, long worse, long notYet) {

    public static final AttendanceChangeTotals NONE = new AttendanceChangeTotals(0, 0, 0, 0, 0, 0, 0, 0, 0);

    public long compared() {
        return improved + aboutTheSame + worse;
    }

    public Double beforePercent() {
        return beforePossible == 0 ? null : 100.0 * beforePresent / beforePossible;
    }

    public Double sincePercent() {
        return sincePossible == 0 ? null : 100.0 * sincePresent / sincePossible;
    }
}
