package org.rejoin.attendance.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rejoin.attendance.ThresholdFacts;
import org.rejoin.attendance.internal.ThresholdCount.DayMarks;
import org.rejoin.pupil.SchoolCalendar;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the marks the statutory thresholds need (the last 26 weeks: 10 school weeks never span more, summer
 * holidays included) for some pupils, and counts each pupil's facts with {@link ThresholdCount}.
 */
@Component
public class ThresholdFactsQuery {

    static final int LOOK_BACK_WEEKS = 26;

    private final JdbcTemplate jdbc;

    ThresholdFactsQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Reads the pupils' marks in pupil order and counts each pupil as soon as their marks are read. */
    public List<ThresholdFacts> factsOf(Collection<UUID> pupilIds, LocalDate asOf, SchoolCalendar calendar) {
        List<ThresholdFacts> facts = new ArrayList<>();
        UUID[] current = {null};
        Map<LocalDate, Map<String, String>> days = new HashMap<>();
        jdbc.query("""
                select pupil_id, session_date, session, category from session_mark
                where pupil_id = any(?) and session_date between ? and ? order by pupil_id""", ps -> {
            ps.setArray(1, ps.getConnection().createArrayOf("uuid", pupilIds.toArray()));
            ps.setDate(2, Date.valueOf(asOf.minusWeeks(LOOK_BACK_WEEKS)));
            ps.setDate(3, Date.valueOf(asOf));
        }, rs -> {
            UUID pupil = rs.getObject(1, UUID.class);
            if (!pupil.equals(current[0])) {
                count(current[0], days, asOf, calendar, facts);
                current[0] = pupil;
            }
            days.computeIfAbsent(rs.getDate(2).toLocalDate(), d -> new HashMap<>()).put(rs.getString(3), rs.getString(4));
        });
        count(current[0], days, asOf, calendar, facts);
        return facts;
    }

    private static void count(UUID pupil, Map<LocalDate, Map<String, String>> days, LocalDate asOf,
                              SchoolCalendar calendar, List<ThresholdFacts> facts) {
        if (pupil != null) {
            Map<LocalDate, DayMarks> byDay = new HashMap<>();
            days.forEach((day, sessions) -> byDay.put(day, new DayMarks(sessions)));
            facts.add(ThresholdCount.count(pupil, asOf, byDay, calendar));
        }
        days.clear();
    }
}
