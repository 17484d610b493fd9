package org.rejoin.pupil.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rejoin.pupil.AttendanceFigures;
import org.rejoin.pupil.AttendanceTotals;
import org.rejoin.pupil.AttendanceWeek;
import org.rejoin.pupil.PupilSummary;
import org.rejoin.pupil.SchoolFigures;
import org.rejoin.pupil.SenStatus;
import org.rejoin.security.Oversight;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Weekly attendance in SQL: upserts keyed by pupil and week, and aggregates computed in the database. */
@Component
public class AttendanceStore {

    private static final String UPSERT = """
            insert into weekly_attendance (id, pupil_id, week_starting, sessions_possible, present,
                authorised_absence, unauthorised_absence, late, session_marks, updated_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (pupil_id, week_starting) do update set
                sessions_possible = excluded.sessions_possible, present = excluded.present,
                authorised_absence = excluded.authorised_absence, unauthorised_absence = excluded.unauthorised_absence,
                late = excluded.late, session_marks = excluded.session_marks, updated_at = excluded.updated_at
            """;

    private static final String PUPIL_SUMMARIES = """
            select p.id, p.upn, coalesce(nullif(btrim(p.preferred_first_name), ''), p.first_name) as first_name,
                   p.last_name, p.year_group, p.sen_status,
                   coalesce(sum(a.present), 0) as present, coalesce(sum(a.sessions_possible), 0) as possible
            from pupil p
            left join weekly_attendance a on a.pupil_id = p.id and a.week_starting >= :since
            where p.school_id = :school
              and (p.leaving_date is null or p.leaving_date > :today)
              and (:search = '' or lower(p.last_name) like :prefix or lower(p.first_name) like :prefix
                   or lower(p.preferred_first_name) like :prefix
                   or p.upn = upper(:search))
            group by p.id
            """;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final Clock clock;

    AttendanceStore(JdbcTemplate jdbc, NamedParameterJdbcTemplate named, Clock clock) {
        this.jdbc = jdbc;
        this.named = named;
        this.clock = clock;
    }

    public void upsert(List<AttendanceWeek> weeks) {
        Timestamp now = Timestamp.from(Instant.now(clock));
        jdbc.batchUpdate(UPSERT, weeks, 500, (ps, w) -> {
            ps.setObject(1, UUID.randomUUID());
            ps.setObject(2, w.pupilId());
            ps.setDate(3, Date.valueOf(w.weekStarting()));
            ps.setInt(4, w.sessionsPossible());
            ps.setInt(5, w.present());
            ps.setInt(6, w.authorisedAbsence());
            ps.setInt(7, w.unauthorisedAbsence());
            ps.setInt(8, w.late());
            ps.setString(9, w.sessionMarks());
            ps.setTimestamp(10, now);
        });
    }

    public List<AttendanceWeek> weeksOf(UUID pupilId) {
        return jdbc.query("""
                select pupil_id, week_starting, sessions_possible, present, authorised_absence,
                       unauthorised_absence, late, session_marks
                from weekly_attendance where pupil_id = ? order by week_starting""",
                (rs, i) -> new AttendanceWeek(rs.getObject(1, UUID.class), rs.getDate(2).toLocalDate(), rs.getInt(3),
                        rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getString(8)),
                pupilId);
    }

    public AttendanceTotals totalsSince(UUID pupilId, LocalDate from) {
        return jdbc.queryForObject("""
                select count(*), coalesce(sum(present), 0), coalesce(sum(sessions_possible), 0)
                from weekly_attendance where pupil_id = ? and week_starting >= ?""",
                (rs, i) -> new AttendanceTotals(from, rs.getInt(1), rs.getLong(2), rs.getLong(3)), pupilId, from);
    }

    public Page<PupilSummary> pupilSummaries(UUID schoolId, String search, LocalDate since, Pageable page) {
        String term = search == null ? "" : search.trim().toLowerCase(java.util.Locale.ROOT);
        var params = new MapSqlParameterSource()
                .addValue("school", schoolId)
                .addValue("since", since)
                .addValue("today", LocalDate.now(clock))
                .addValue("search", term)
                .addValue("prefix", term + "%")
                .addValue("limit", page.getPageSize())
                .addValue("offset", page.getOffset());
        List<PupilSummary> rows = named.query(PUPIL_SUMMARIES + orderBy(page.getSort()) + " limit :limit offset :offset",
                params, (rs, i) -> new PupilSummary(rs.getObject("id", UUID.class), rs.getString("upn"),
                        rs.getString("first_name"), rs.getString("last_name"), rs.getInt("year_group"),
                        SenStatus.valueOf(rs.getString("sen_status")), rs.getLong("present"), rs.getLong("possible")));
        Long total = named.queryForObject("select count(*) from (" + PUPIL_SUMMARIES + ") counted", params, Long.class);
        return new PageImpl<>(rows, page, total == null ? 0 : total);
    }

    /** Recomputes the year-to-date figures of every school these weeks belong to, from their earliest week. */
    public void refreshSchoolWeeksOf(List<AttendanceWeek> weeks) {
        if (weeks.isEmpty()) {
            return;
        }
        LocalDate earliest = weeks.stream().map(AttendanceWeek::weekStarting).min(LocalDate::compareTo).orElseThrow();
        UUID[] pupils = weeks.stream().map(AttendanceWeek::pupilId).distinct().toArray(UUID[]::new);
        jdbc.queryForList("select distinct school_id from pupil where id = any(?)", UUID.class, (Object) pupils)
                .forEach(school -> refreshSchoolWeeks(school, earliest));
    }

    /**
     * Recomputes the school's year-to-date figures for every week from the start of the school year holding
     * {@code from}: per pupil, sessions add up week by week within each school year (August to July).
     */
    public void refreshSchoolWeeks(UUID schoolId, LocalDate from) {
        LocalDate yearStart = AttendanceFigures.schoolYearStart(from);
        jdbc.update("delete from school_attendance_week where school_id = ? and week_starting >= ?", schoolId,
                Date.valueOf(yearStart));
        jdbc.update(REFRESH_WEEKS, schoolId, Date.valueOf(yearStart), schoolId, schoolId);
    }

    private static final String REFRESH_WEEKS = """
            insert into school_attendance_week
                (school_id, week_starting, pupils, persistently_absent, severely_absent, present, possible)
            with weeks as (
                select distinct a.week_starting from weekly_attendance a join pupil p on p.id = a.pupil_id
                where p.school_id = ? and a.week_starting >= ?),
            so_far as (
                select w.week_starting,
                       sum(coalesce(a.present, 0)) over year_of_pupil as present,
                       sum(coalesce(a.sessions_possible, 0)) over year_of_pupil as possible
                from pupil p cross join weeks w
                left join weekly_attendance a on a.pupil_id = p.id and a.week_starting = w.week_starting
                where p.school_id = ?
                window year_of_pupil as (partition by p.id, extract(year from w.week_starting - interval '7 months')
                                         order by w.week_starting))
            select ?, week_starting, count(*) filter (where possible > 0),
                   count(*) filter (where possible > 0 and (possible - present) * 10 >= possible),
                   count(*) filter (where possible > 0 and (possible - present) * 2 >= possible),
                   sum(present), sum(possible)
            from so_far group by week_starting""";

    /**
     * Each school's figures at its latest recorded week on or after {@code since}, for the schools overseen;
     * a school with no attendance since then is absent.
     */
    public Map<UUID, SchoolFigures> latestFiguresBySchool(Oversight scope, LocalDate since) {
        Map<UUID, SchoolFigures> figures = new HashMap<>();
        jdbc.query("select distinct on (w.school_id) w.school_id, w.pupils, w.persistently_absent, w.severely_absent, "
                + "w.present, w.possible from school_attendance_week w where " + scope.schools("w.school_id")
                + " and w.week_starting >= ? order by w.school_id, w.week_starting desc", rs -> {
                    figures.put(rs.getObject(1, UUID.class), new SchoolFigures(rs.getLong(2), rs.getLong(3),
                            rs.getLong(4), rs.getLong(5), rs.getLong(6)));
                }, scope.args(Date.valueOf(since)));
        return figures;
    }

    /** Sorting is limited to known columns, so a sort key from the UI can never inject SQL. */
    private static String orderBy(Sort sort) {
        StringBuilder sql = new StringBuilder(" order by ");
        for (Sort.Order order : sort) {
            String column = switch (order.getProperty()) {
                case "upn" -> "p.upn";
                case "firstName" -> "lower(coalesce(nullif(btrim(p.preferred_first_name), ''), p.first_name))";
                case "yearGroup" -> "p.year_group";
                case "attendance" -> "(case when coalesce(sum(a.sessions_possible), 0) = 0 then 1.0 "
                        + "else sum(a.present)::numeric / sum(a.sessions_possible) end)";
                default -> "lower(p.last_name)";
            };
            sql.append(column).append(order.isAscending() ? " asc, " : " desc, ");
        }
        return sql.append("lower(p.last_name), lower(p.first_name), p.id").toString();
    }
}
