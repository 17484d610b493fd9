package org.rejoin.support;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rejoin.security.UserAccount;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A leader's figures from the support plans: plans by where they are, reviews due this week (Monday to
 * Sunday, UK time), part-time timetables running and ending within ten days, with the cases behind each.
 * Leaders only, their own school only; anyone else gets nothing.
 */
@Component
public class PlanFigures {

    static final ZoneId UK = ZoneId.of("Europe/London");
    static final int ENDING_WITHIN_DAYS = 10;

    /** The lists a figure stands for. */
    public enum Kind { REVIEWS_DUE_THIS_WEEK, PART_TIME_RUNNING, PART_TIME_ENDING_SOON }

    private static final String REVIEWS = " from support_plan p where p.school_id = ? and p.state = 'WORKING_ON_STEPS'"
            + " and p.next_review_due >= ? and p.next_review_due < ?";
    private static final String RUNNING = " from part_time_timetable p where p.school_id = ? and p.state = 'APPROVED'"
            + " and p.start_date <= ? and p.end_date >= ?";
    private static final String ENDING = RUNNING + " and p.end_date <= ?";

    private final JdbcTemplate jdbc;

    PlanFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Plans still in hand (a sustained plan's case is closed), every such state present. */
    public Map<PlanState, Long> plansByState(UserAccount leader) {
        Map<PlanState, Long> counts = new EnumMap<>(PlanState.class);
        leader.schoolLed().ifPresent(school -> {
            for (PlanState state : PlanState.values()) {
                if (state != PlanState.SUSTAINED) {
                    counts.put(state, 0L);
                }
            }
            jdbc.query("select state, count(*) from support_plan where school_id = ? and state <> 'SUSTAINED' "
                    + "group by state", rs -> {
                        counts.put(PlanState.valueOf(rs.getString(1)), rs.getLong(2));
                    }, school);
        });
        return counts;
    }

    public long count(UserAccount leader, Kind kind) {
        return leader.schoolLed().map(school -> {
            Long n = jdbc.queryForObject("select count(*)" + where(kind), Long.class, args(school, kind));
            return n == null ? 0L : n;
        }).orElse(0L);
    }

    public Page<UUID> cases(UserAccount leader, Kind kind, Pageable page) {
        return page(leader, where(kind), kind == Kind.REVIEWS_DUE_THIS_WEEK ? "p.next_review_due" : "p.end_date",
                page, args(leader.schoolLed().orElse(null), kind));
    }

    public Page<UUID> casesInState(UserAccount leader, PlanState state, Pageable page) {
        return page(leader, " from support_plan p where p.school_id = ? and p.state = ?", "p.started_at", page,
                new Object[]{leader.schoolLed().orElse(null), state.name()});
    }

    private Page<UUID> page(UserAccount leader, String where, String order, Pageable page, Object[] args) {
        if (leader.schoolLed().isEmpty()) {
            return Page.empty(page);
        }
        // a case has one plan and at most one approved timetable, so no case comes twice
        List<UUID> ids = jdbc.queryForList("select p.case_id" + where + " order by " + order + ", p.case_id limit "
                + page.getPageSize() + " offset " + page.getOffset(), UUID.class, args);
        Long total = jdbc.queryForObject("select count(*)" + where, Long.class, args);
        return new PageImpl<>(ids, page, total == null ? 0 : total);
    }

    private static String where(Kind kind) {
        return switch (kind) {
            case REVIEWS_DUE_THIS_WEEK -> REVIEWS;
            case PART_TIME_RUNNING -> RUNNING;
            case PART_TIME_ENDING_SOON -> ENDING;
        };
    }

    private static Object[] args(UUID school, Kind kind) {
        LocalDate today = LocalDate.now(UK);
        if (kind == Kind.REVIEWS_DUE_THIS_WEEK) {
            LocalDate monday = today.with(DayOfWeek.MONDAY);
            return new Object[]{school, Timestamp.from(monday.atStartOfDay(UK).toInstant()),
                    Timestamp.from(monday.plusWeeks(1).atStartOfDay(UK).toInstant())};
        }
        Object[] running = {school, Date.valueOf(today), Date.valueOf(today)};
        return kind == Kind.PART_TIME_RUNNING ? running
                : new Object[]{school, running[1], running[2], Date.valueOf(today.plusDays(ENDING_WITHIN_DAYS))};
    }
}
