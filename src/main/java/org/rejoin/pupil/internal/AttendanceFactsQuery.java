package org.rejoin.pupil.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.rejoin.pupil.AttendanceFacts;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The inputs of the {@code AttendanceConcern} decision for many pupils at once, computed in one SQL
 * query from {@code weekly_attendance}. Only weeks starting on or before the as-of date count.
 *
 * <ul>
 *   <li><b>Weeks</b> are the pupil's <em>recorded</em> weeks, newest first (holidays have no row, so
 *       "the last 4 weeks" are the last 4 school weeks on record).</li>
 *   <li><b>Half terms</b> are approximated as blocks of 6 recorded weeks: the current half term is
 *       the 6 most recent recorded weeks up to the as-of week, the previous one the 6 before. The
 *       school calendar stores whole terms with half-term breaks only as closures, so it gives no
 *       dependable half-term boundary; 6 school weeks is the typical length of an English half
 *       term. With no previous weeks the change is 0.</li>
 *   <li><b>Days</b> come from session marks only (weeks without marks add to the percentages, not
 *       to day facts); days after the as-of date are left out. A day is <em>missed</em> when both
 *       its sessions are A or U, <em>attended</em> when either session is / or L, and otherwise
 *       (a '-' without an attended session) skipped: it neither counts nor breaks a run. Weekends,
 *       holidays and unmarked weeks are skipped the same way.</li>
 *   <li><b>Consecutive days missed</b>: missed days after the last attended day.</li>
 *   <li><b>Same-weekday pattern</b>: over the last 6 weeks <em>with marks</em>, one weekday holds at
 *       least half of all missed days and was missed in at least 3 of those weeks.</li>
 *   <li><b>Late sessions</b>: the weeks' late counts over the last 4 recorded weeks.</li>
 * </ul>
 */
@Component
public class AttendanceFactsQuery {

    private static final String FACTS = """
            with chosen as (
                select p.id from pupil p where %s
            ),
            weeks as (
                select a.pupil_id, a.week_starting, a.sessions_possible, a.present, a.late, a.session_marks,
                       row_number() over (partition by a.pupil_id order by a.week_starting desc) as recent,
                       row_number() over (partition by a.pupil_id, a.session_marks is not null
                                          order by a.week_starting desc) as recent_in_kind
                from weekly_attendance a
                join chosen c on c.id = a.pupil_id
                where a.week_starting <= :asOf
            ),
            totals as (
                select pupil_id,
                       sum(sessions_possible) filter (where recent <= 4) as possible4,
                       sum(present) filter (where recent <= 4) as present4,
                       sum(sessions_possible) filter (where recent <= 12) as possible12,
                       sum(present) filter (where recent <= 12) as present12,
                       sum(sessions_possible) filter (where recent <= 6) as possible_current,
                       sum(present) filter (where recent <= 6) as present_current,
                       sum(sessions_possible) filter (where recent between 7 and 12) as possible_previous,
                       sum(present) filter (where recent between 7 and 12) as present_previous,
                       count(*) filter (where recent between 7 and 12) as previous_weeks,
                       coalesce(sum(late) filter (where recent <= 4), 0) as late4
                from weeks group by pupil_id
            ),
            days as (
                select w.pupil_id, w.week_starting + d as day, d as weekday, w.recent,
                       w.recent_in_kind as recent_marked,
                       case when substr(w.session_marks, 2 * d + 1, 1) in ('A', 'U')
                                 and substr(w.session_marks, 2 * d + 2, 1) in ('A', 'U') then 'M'
                            when substr(w.session_marks, 2 * d + 1, 2) ~ '[/L]' then 'P'
                            else 'S' end as kind
                from weeks w
                cross join generate_series(0, 4) d
                where w.session_marks is not null and w.week_starting + d <= :asOf
            ),
            last_attended as (
                select pupil_id, max(day) filter (where kind = 'P') as day from days group by pupil_id
            ),
            day_facts as (
                select d.pupil_id,
                       count(*) filter (where d.kind = 'M' and (l.day is null or d.day > l.day)) as consecutive,
                       count(*) filter (where d.kind = 'M' and d.recent <= 6) as missed_half_term,
                       count(*) filter (where d.kind = 'M' and d.recent_marked <= 6) as missed_last6
                from days d join last_attended l on l.pupil_id = d.pupil_id
                group by d.pupil_id
            ),
            per_weekday as (
                select pupil_id, weekday, count(*) as missed
                from days where kind = 'M' and recent_marked <= 6 group by pupil_id, weekday
            ),
            pattern as (
                select w.pupil_id, bool_or(w.missed >= 3 and w.missed * 2 >= f.missed_last6) as same_weekday
                from per_weekday w join day_facts f on f.pupil_id = w.pupil_id
                group by w.pupil_id
            )
            select c.id,
                   case when coalesce(t.possible4, 0) = 0 then 100.0
                        else 100.0 * t.present4 / t.possible4 end as attendance4,
                   case when coalesce(t.possible12, 0) = 0 then 100.0
                        else 100.0 * t.present12 / t.possible12 end as attendance12,
                   case when coalesce(t.previous_weeks, 0) = 0 then 0.0
                        else (case when t.possible_current = 0 then 100.0
                                   else 100.0 * t.present_current / t.possible_current end)
                           - (case when t.possible_previous = 0 then 100.0
                                   else 100.0 * t.present_previous / t.possible_previous end) end as change,
                   coalesce(f.consecutive, 0) as consecutive,
                   coalesce(f.missed_half_term, 0) as missed_half_term,
                   coalesce(pt.same_weekday, false) as same_weekday,
                   coalesce(t.late4, 0) as late4
            from chosen c
            left join totals t on t.pupil_id = c.id
            left join day_facts f on f.pupil_id = c.id
            left join pattern pt on pt.pupil_id = c.id
            order by c.id
            """;

    /** A pupil who has left drops out of triage from their leaving date; their record and cases stay. */
    private static final String ON_ROLL = "(p.leaving_date is null or p.leaving_date > :asOf)";

    private final NamedParameterJdbcTemplate jdbc;

    AttendanceFactsQuery(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<AttendanceFacts> factsOfSchool(UUID schoolId, LocalDate asOf) {
        return jdbc.query(FACTS.formatted("p.school_id = :school and " + ON_ROLL),
                new MapSqlParameterSource("school", schoolId).addValue("asOf", asOf), AttendanceFactsQuery::facts);
    }

    public List<AttendanceFacts> factsOfPupils(Collection<UUID> pupilIds, LocalDate asOf) {
        if (pupilIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query(FACTS.formatted("p.id in (:pupils) and " + ON_ROLL),
                new MapSqlParameterSource("pupils", List.copyOf(pupilIds)).addValue("asOf", asOf),
                AttendanceFactsQuery::facts);
    }

    private static AttendanceFacts facts(ResultSet rs, int row) throws SQLException {
        return new AttendanceFacts(rs.getObject("id", UUID.class), rs.getDouble("attendance4"),
                rs.getDouble("attendance12"), rs.getDouble("change"), rs.getInt("consecutive"),
                rs.getInt("missed_half_term"), rs.getBoolean("same_weekday"), rs.getInt("late4"));
    }
}
