package org.rejoin.pupil.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.rejoin.pupil.AttendanceBeforeAndSince;
import org.rejoin.pupil.AttendanceChangeTotals;
import org.rejoin.security.Oversight;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Attendance before and since the windows (cases' opening days) of the schools overseen that started on or
 * after a day, read from the figures {@link AttendanceWindowStore} keeps: one row per window, so a local
 * authority's year of cases is read, compared and sorted in one statement.
 */
@Component
public class AttendanceChangeQuery {

    private static final String COMPARED = """
            with compared as (
                select w.key, w.pupil_id, coalesce(nullif(btrim(p.preferred_first_name), ''), p.first_name) || ' ' || p.last_name as pupil_name, s.id as school_id,
                       s.name as school_name, w.from_date, w.until_date, w.before_present, w.before_possible,
                       w.since_present, w.since_possible,
                       w.before_possible > 0 and w.since_possible > 0 as both_sides,
                       100 * (w.since_present * w.before_possible - w.before_present * w.since_possible) as scaled_change,
                       w.before_possible * w.since_possible * %d as threshold,
                       case when w.before_possible > 0 and w.since_possible > 0
                            then w.since_present::numeric / w.since_possible - w.before_present::numeric / w.before_possible
                       end as change
                from attendance_window w
                join pupil p on p.id = w.pupil_id
                join school s on s.id = w.school_id
                where %s and w.from_date >= ?)
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

    public List<AttendanceBeforeAndSince> page(Oversight scope, LocalDate startedFrom, Sort sort, long offset,
                                               int limit) {
        String sql = compared(scope) + "select key, pupil_id, pupil_name, school_id, school_name, from_date,"
                + " until_date, before_present, before_possible, since_present, since_possible from compared"
                + orderBy(sort) + " limit ? offset ?";
        return jdbc.query(sql, (rs, n) -> new AttendanceBeforeAndSince(rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class), rs.getString(3), rs.getObject(4, UUID.class), rs.getString(5),
                rs.getDate(6).toLocalDate(), rs.getDate(7) == null ? null : rs.getDate(7).toLocalDate(),
                rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getLong(11)),
                scope.args(Date.valueOf(startedFrom), limit, offset));
    }

    public long count(Oversight scope, LocalDate startedFrom) {
        Long n = jdbc.queryForObject("select count(*) from attendance_window w where " + scope.schools("w.school_id")
                + " and w.from_date >= ?", Long.class, scope.args(Date.valueOf(startedFrom)));
        return n == null ? 0 : n;
    }

    public AttendanceChangeTotals totals(Oversight scope, LocalDate startedFrom) {
        return jdbc.queryForObject(compared(scope) + TOTALS, (rs, n) -> new AttendanceChangeTotals(
                rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6),
                rs.getLong(7), rs.getLong(8), rs.getLong(9)), scope.args(Date.valueOf(startedFrom)));
    }

    private static String compared(Oversight scope) {
        return COMPARED.formatted(AttendanceBeforeAndSince.SAME_WITHIN_POINTS, scope.schools("w.school_id"));
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
