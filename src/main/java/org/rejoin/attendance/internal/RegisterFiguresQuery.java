package org.rejoin.attendance.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rejoin.attendance.RegisterTotals;
import org.rejoin.attendance.RegisterWeek;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The DfE's figures counted in SQL from session marks. A pupil's sessions count from the later of the school
 * year's start and their admission to the earlier of the day asked about and their leaving date.
 */
@Component
public class RegisterFiguresQuery {

    private static final String COUNTS = """
            count(*) filter (where m.category <> 'NOT_POSSIBLE') as possible,
            count(*) filter (where m.category in ('PRESENT', 'APPROVED_EDUCATIONAL_ACTIVITY')) as attended,
            count(*) filter (where m.category = 'AUTHORISED_ABSENCE') as authorised,
            count(*) filter (where m.category = 'UNAUTHORISED_ABSENCE') as unauthorised""";
    private static final String ON_ROLL = """
            m.session_date >= greatest(cast(? as date), coalesce(p.admission_date, cast(? as date)))
            and m.session_date <= least(cast(? as date), coalesce(p.leaving_date, cast(? as date)))""";

    private final JdbcTemplate jdbc;

    RegisterFiguresQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Each pupil of the school with any possible session in the year so far, by pupil id. */
    public Map<UUID, RegisterTotals> pupilsOfSchool(UUID schoolId, LocalDate yearStart, LocalDate asOf) {
        Map<UUID, RegisterTotals> totals = new LinkedHashMap<>();
        jdbc.query("select p.id, " + COUNTS + " from pupil p join session_mark m on m.pupil_id = p.id "
                        + "where p.school_id = ? and " + ON_ROLL + " group by p.id order by p.id",
                rs -> {
                    totals.put(rs.getObject(1, UUID.class), totals(rs));
                }, args(schoolId, yearStart, asOf));
        return totals;
    }

    /** The pupil's weeks of the school year so far, each with the year's totals up to its end. */
    public List<RegisterWeek> weeksOf(UUID pupilId, LocalDate yearStart, LocalDate asOf) {
        List<RegisterWeek> weeks = new ArrayList<>();
        RegisterTotals[] soFar = {RegisterTotals.NONE};
        jdbc.query("select date_trunc('week', m.session_date)::date as week, " + COUNTS
                        + " from pupil p join session_mark m on m.pupil_id = p.id where p.id = ? and " + ON_ROLL
                        + " group by 1 order by 1",
                rs -> {
                    RegisterTotals week = totals(rs);
                    soFar[0] = soFar[0].plus(week);
                    weeks.add(new RegisterWeek(rs.getDate("week").toLocalDate(), week, soFar[0]));
                }, args(pupilId, yearStart, asOf));
        return weeks;
    }

    /** The pupil's absent sessions (authorised or not) of the school year so far, by date and session. */
    public List<org.rejoin.attendance.RegisterAbsence> absencesOf(UUID pupilId, LocalDate yearStart, LocalDate asOf) {
        return jdbc.query("select m.session_date, m.session, m.code from pupil p join session_mark m on m.pupil_id = p.id "
                        + "where p.id = ? and m.category in ('AUTHORISED_ABSENCE', 'UNAUTHORISED_ABSENCE') and " + ON_ROLL
                        + " order by m.session_date, m.session", (rs, n) -> new org.rejoin.attendance.RegisterAbsence(
                        rs.getDate(1).toLocalDate(), rs.getString(2),
                        org.rejoin.attendance.AttendanceCode.of(rs.getString(3)).orElseThrow()),
                args(pupilId, yearStart, asOf));
    }

    /** The days each of these pupils has a session marked with this code, from {@code from} to {@code to}. */
    public Map<UUID, java.util.SortedSet<LocalDate>> daysMarked(java.util.Collection<UUID> pupilIds, String code,
                                                            LocalDate from, LocalDate to) {
        Map<UUID, java.util.SortedSet<LocalDate>> days = new LinkedHashMap<>();
        jdbc.query("select distinct pupil_id, session_date from session_mark where pupil_id = any(?) and code = ? "
                + "and session_date between ? and ? order by 1, 2", ps -> {
            ps.setArray(1, ps.getConnection().createArrayOf("uuid", pupilIds.toArray()));
            ps.setString(2, code);
            ps.setDate(3, Date.valueOf(from));
            ps.setDate(4, Date.valueOf(to));
        }, rs -> {
            days.computeIfAbsent(rs.getObject(1, UUID.class), p -> new java.util.TreeSet<>())
                    .add(rs.getDate(2).toLocalDate());
        });
        return days;
    }

    private static Object[] args(UUID id, LocalDate yearStart, LocalDate asOf) {
        return new Object[] {id, Date.valueOf(yearStart), Date.valueOf(yearStart), Date.valueOf(asOf),
                Date.valueOf(asOf)};
    }

    private static RegisterTotals totals(ResultSet rs) throws SQLException {
        return new RegisterTotals(rs.getLong("possible"), rs.getLong("attended"), rs.getLong("authorised"),
                rs.getLong("unauthorised"));
    }
}
