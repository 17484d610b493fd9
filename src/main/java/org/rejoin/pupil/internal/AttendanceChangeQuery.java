package org.rejoin.pupil.internal;

import java.util.List;
import java.util.UUID;
import org.rejoin.pupil.AttendanceBeforeAndSince;
import org.rejoin.pupil.AttendanceChangeTotals;
import org.rejoin.pupil.AttendanceWindow;
import org.rejoin.security.Oversight;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Attendance before and since many days at once, in one statement: the days travel as arrays and are
 * unnested next to the weekly attendance, so a local authority's thousands of cases cost one query, not one
 * each. Only pupils of the schools overseen are counted, whatever days are asked about.
 */
@Component
public class AttendanceChangeQuery {

    static final int WEEKS_BEFORE = 6;

    private static final String WINDOWS = """
            with overseen as (
                select p.id, p.first_name || ' ' || p.last_name as pupil_name, s.id as school_id, s.name as school_name
                from pupil p join school s on s.id = p.school_id where %s),
            windows as (
                select w.key, w.pupil_id, w.from_date, w.until_date, o.pupil_name, o.school_id, o.school_name
                from unnest(?::uuid[], ?::uuid[], ?::date[], ?::date[]) as w(key, pupil_id, from_date, until_date)
                join overseen o on o.id = w.pupil_id)""";

    // before: the latest six weeks with sessions whose Monday is before the day; since: every week with
    // sessions whose Monday is on or after it and before the end
    private static final String FIGURES = WINDOWS + """
            , figures as (
                select w.*, coalesce(b.present, 0) as before_present, coalesce(b.possible, 0) as before_possible,
                       coalesce(n.present, 0) as since_present, coalesce(n.possible, 0) as since_possible
                from windows w
                left join lateral (
                    select sum(x.present) as present, sum(x.sessions_possible) as possible from (
                        select a.present, a.sessions_possible from weekly_attendance a
                        where a.pupil_id = w.pupil_id and a.week_starting < w.from_date and a.sessions_possible > 0
                        order by a.week_starting desc limit %d) x) b on true
                left join lateral (
                    select sum(a.present) as present, sum(a.sessions_possible) as possible from weekly_attendance a
                    where a.pupil_id = w.pupil_id and a.week_starting >= w.from_date and a.sessions_possible > 0
                      and (w.until_date is null or a.week_starting < w.until_date)) n on true),
            compared as (
                select f.*, before_possible > 0 and since_possible > 0 as both_sides,
                       100 * (since_present * before_possible - before_present * since_possible) as scaled_change,
                       before_possible * since_possible * %d as threshold,
                       case when before_possible > 0 and since_possible > 0
                            then since_present::numeric / since_possible - before_present::numeric / before_possible
                       end as change
                from figures f)
            """;

    private static final String TOTALS = """
            select count(*),
                   coalesce(sum(before_present) filter (where both_sides), 0),
                   coalesce(sum(before_possible) filter (where both_sides), 0),
                   coalesce(sum(since_present) filter (where both_sides), 0),
                   coalesce(sum(since_possible) filter (where both_sides), 0),
                   count(*) filter (where both_sides and scaled_change >= threshold),
                   count(*) filter (where both_sides and scaled_change > -threshold and scaled_change < threshold),
                   count(*) filter (where both_sides and scaled_change <= -threshold),
                   count(*) filter (where not both_sides)
            from compared""";

    private final JdbcTemplate jdbc;

    AttendanceChangeQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<AttendanceBeforeAndSince> page(Oversight scope, List<AttendanceWindow> windows, Sort sort,
                                               long offset, int limit) {
        String sql = figures(scope) + "select key, pupil_id, pupil_name, school_id, school_name, from_date,"
                + " until_date, before_present, before_possible, since_present, since_possible from compared"
                + orderBy(sort) + " limit ? offset ?";
        return jdbc.query(sql, (rs, n) -> new AttendanceBeforeAndSince(rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class), rs.getString(3), rs.getObject(4, UUID.class), rs.getString(5),
                rs.getDate(6).toLocalDate(), rs.getDate(7) == null ? null : rs.getDate(7).toLocalDate(),
                rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getLong(11)),
                args(scope, windows, limit, offset));
    }

    public long count(Oversight scope, List<AttendanceWindow> windows) {
        Long n = jdbc.queryForObject(WINDOWS.formatted(scope.schools("p.school_id")) + " select count(*) from windows",
                Long.class, args(scope, windows));
        return n == null ? 0 : n;
    }

    public AttendanceChangeTotals totals(Oversight scope, List<AttendanceWindow> windows) {
        return jdbc.queryForObject(figures(scope) + TOTALS, (rs, n) -> new AttendanceChangeTotals(
                rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6),
                rs.getLong(7), rs.getLong(8), rs.getLong(9)), args(scope, windows));
    }

    private static String figures(Oversight scope) {
        return FIGURES.formatted(scope.schools("p.school_id"), WEEKS_BEFORE, AttendanceBeforeAndSince.SAME_WITHIN_POINTS);
    }

    /** The condition's parameters, then the days as four arrays (dates as ISO text, cast in SQL), then these. */
    private static Object[] args(Oversight scope, List<AttendanceWindow> windows, Object... following) {
        Object[] all = new Object[4 + following.length];
        all[0] = windows.stream().map(AttendanceWindow::key).toArray(UUID[]::new);
        all[1] = windows.stream().map(AttendanceWindow::pupilId).toArray(UUID[]::new);
        all[2] = windows.stream().map(w -> w.from().toString()).toArray(String[]::new);
        all[3] = windows.stream().map(w -> w.until() == null ? null : w.until().toString()).toArray(String[]::new);
        System.arraycopy(following, 0, all, 4, following.length);
        return scope.args(all);
    }

    /** Sorting is limited to known columns, so a sort key from the UI can never inject SQL. */
    private static String orderBy(Sort sort) {
        StringBuilder sql = new StringBuilder(" order by ");
        for (Sort.Order order : sort) {
            String column = switch (order.getProperty()) {
                case "before" -> "before_present::numeric / nullif(before_possible, 0)";
                case "since" -> "since_present::numeric / nullif(since_possible, 0)";
                case "from" -> "from_date";
                case "pupil" -> "lower(pupil_name)";
                case "school" -> "lower(school_name)";
                default -> "change";
            };
            sql.append(column).append(order.isAscending() ? " asc nulls last, " : " desc nulls last, ");
        }
        // worst change first unless told otherwise; then the newest case
        return sql.append("change asc nulls last, from_date desc, key").toString();
    }
}
