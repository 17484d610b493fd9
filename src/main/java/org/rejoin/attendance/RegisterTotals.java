package org.rejoin.attendance;

/**
 * Sessions counted as the DfE counts them, over some period: possible sessions (every mark but the
 * not-possible codes), attendance (present and approved educational activity), authorised and
 * unauthorised absence. Persistent absence is missing 10% or more of possible sessions, severe absence 50%
 * or more.
 */
public record RegisterTotals(long possible, long attended, long authorised, long unauthorised) {

    public static final RegisterTotals NONE = new RegisterTotals(0, 0, 0, 0);

    public long absent() {
        return authorised + unauthorised;
    }

    /** Attendance as a percentage of possible sessions; 100 when none were possible. */
    public double attendancePercent() {
        return possible == 0 ? 100.0 : 100.0 * attended / possible;
    }

    public boolean persistentlyAbsent() {
        return possible > 0 && absent() * 10 >= possible;
    }

    public boolean severelyAbsent() {
        return possible > 0 && absent() * 2 >= possible;
    }

    public RegisterTotals plus(RegisterTotals other) {
        return new RegisterTotals(possible + other.possible, attended + other.attended,
                authorised + other.authorised, unauthorised + other.unauthorised);
    }
}
