package org.rejoin.pupil.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.rejoin.pupil.AbsenceWeek;
import org.rejoin.security.Oversight;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Persistent and severe absence week by week, read from the schools' year-to-date rows
 * ({@code school_attendance_week}), added up over the schools overseen. A school that has not recorded a
 * week yet counts with its latest earlier week of the same school year, so a late import does not make an
 * authority's rate jump; a school with nothing yet that school year is left out of it.
 */
@Component
public class AbsenceTrendQuery {

    private static final String WEEKS = """
            with overseen as (
                select distinct w.school_id from school_attendance_week w where %s and w.week_starting >= ?),
            weeks as (
                select distinct w.week_starting from school_attendance_week w
                join overseen o on o.school_id = w.school_id where w.week_starting >= ?)
            select k.week_starting, sum(f.pupils), sum(f.persistently_absent), sum(f.severely_absent),
                   count(*) filter (where f.week_starting = k.week_starting), count(*)
            from weeks k cross join overseen o
            join lateral (
                select x.week_starting, x.pupils, x.persistently_absent, x.severely_absent
                from school_attendance_week x
                where x.school_id = o.school_id and x.week_starting <= k.week_starting
                  and x.week_starting >= make_date(extract(year from k.week_starting - interval '7 months')::int, 8, 1)
                order by x.week_starting desc limit 1) f on true
            group by k.week_starting order by k.week_starting""";

    private final JdbcTemplate jdbc;

    AbsenceTrendQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<AbsenceWeek> weeksFrom(Oversight scope, LocalDate from) {
        return jdbc.query(WEEKS.formatted(scope.schools("w.school_id")),
                (rs, n) -> new AbsenceWeek(rs.getDate(1).toLocalDate(), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getInt(5), rs.getInt(6)),
                scope.args(Date.valueOf(from), Date.valueOf(from)));
    }
}
