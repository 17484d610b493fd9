package org.rejoin.pupil;

/**
 * The DfE's measures: attendance is present (late included) over possible sessions; a pupil who
 * misses 10% or more of possible sessions is persistently absent, 50% or more severely absent.
 */
public final class AttendancePercent {

    private AttendancePercent() {
    }

    public static double of(long present, long possible) {
        return possible == 0 ? 100.0 : 100.0 * present / possible;
    }

    public static boolean isPersistentAbsence(long present, long possible) {
        return possible > 0 && (possible - present) * 10 >= possible;
    }

    public static boolean isSevereAbsence(long present, long possible) {
        return possible > 0 && (possible - present) * 2 >= possible;
    }

    public static String format(double percent) {
        return String.format(java.util.Locale.UK, "%.1f%%", percent);
    }
}
