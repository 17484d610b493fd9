package org.rejoin.pupil.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;
import org.rejoin.pupil.AttendanceWindow;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The attendance before and since each window (a case's opening day), kept as figures: computed when a window
 * starts or ends, and again for a pupil whenever their attendance is recorded, so reading an authority's
 * year of windows costs one row each. <b>Before</b>: the six latest weeks with possible sessions whose Monday
 * falls before the day (a case opened on a Wednesday counts its own week as before: the import of that week is
 * what raised the concern). <b>Since</b>: every week with possible sessions whose Monday is on or after the
 * day and, when the window has ended, before its end.
 */
@Component
public class AttendanceWindowStore {

    static final int WEEKS_BEFORE = 6;

    private static final String RECOMPUTE = """
            update attendance_window w
            set before_present = f.before_present, before_possible = f.before_possible,
                since_present = f.since_present, since_possible = f.since_possible
            from (
                select x.key, coalesce(b.present, 0) as before_present, coalesce(b.possible, 0) as before_possible,
                       coalesce(n.present, 0) as since_present, coalesce(n.possible, 0) as since_possible
                from attendance_window x
                left join lateral (
                    select sum(y.present) as present, sum(y.sessions_possible) as possible from (
                        select a.present, a.sessions_possible from weekly_attendance a
                        where a.pupil_id = x.pupil_id and a.week_starting < x.from_date and a.sessions_possible > 0
                        order by a.week_starting desc limit %d) y) b on true
                left join lateral (
                    select sum(a.present) as present, sum(a.sessions_possible) as possible from weekly_attendance a
                    where a.pupil_id = x.pupil_id and a.week_starting >= x.from_date and a.sessions_possible > 0
                      and (x.until_date is null or a.week_starting < x.until_date)) n on true
                where %s) f
            where w.key = f.key""";

    private final JdbcTemplate jdbc;

    AttendanceWindowStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Starts the window (of the pupil's school), or moves its end if it exists, and counts its figures. */
    public void start(AttendanceWindow window) {
        jdbc.update("""
                insert into attendance_window (key, pupil_id, school_id, from_date, until_date)
                select ?, id, school_id, ?, ? from pupil where id = ?
                on conflict (key) do update set until_date = excluded.until_date""", window.key(),
                Date.valueOf(window.from()), date(window.until()), window.pupilId());
        recompute("x.key = ?", window.key());
    }

    /** Ends the window on this day (no later week counts as since); nothing if there is no such window. */
    public void end(UUID key, LocalDate until) {
        jdbc.update("update attendance_window set until_date = greatest(from_date, ?) where key = ?",
                Date.valueOf(until), key);
        recompute("x.key = ?", key);
    }

    /** Counts again the windows of these pupils, whose attendance has just been recorded. */
    public void recomputeForPupils(Collection<UUID> pupils) {
        if (!pupils.isEmpty()) {
            recompute("x.pupil_id = any(?)", (Object) pupils.toArray(UUID[]::new));
        }
    }

    private void recompute(String which, Object argument) {
        jdbc.update(RECOMPUTE.formatted(WEEKS_BEFORE, which), argument);
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }
}
