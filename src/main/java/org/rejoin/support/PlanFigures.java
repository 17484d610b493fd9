package org.rejoin.support;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rejoin.security.Oversight;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Figures from the support plans: plans by where they are, reviews due this week (Monday to Sunday, UK
 * time), part-time timetables running and ending within ten days, with the cases behind each. Counted over
 * the schools the person oversees; nothing for anyone who oversees none.
 */
@Component
public class PlanFigures {

    static final ZoneId UK = ZoneId.of("Europe/London");
    static final int ENDING_WITHIN_DAYS = 10;

    /** The lists a figure stands for. */
    public enum Kind { REVIEWS_DUE_THIS_WEEK, PART_TIME_RUNNING, PART_TIME_ENDING_SOON }

    private static final String REVIEWS = " from support_plan p where %s and p.state = 'WORKING_ON_STEPS'"
            + " and p.next_review_due >= ? and p.next_review_due < ?";
    private static final String RUNNING = " from part_time_timetable p where %s and p.state = 'APPROVED'"
            + " and p.start_date <= ? and p.end_date >= ?";
    private static final String ENDING = RUNNING + " and p.end_date <= ?";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    PlanFigures(JdbcTemplate jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** Plans still in hand (a sustained plan's case is closed), every such state present. */
    public Map<PlanState, Long> plansByState(Oversight scope) {
        Map<PlanState, Long> counts = new EnumMap<>(PlanState.class);
        if (scope.isEmpty()) {
            return counts;
        }
        for (PlanState state : PlanState.values()) {
            if (state != PlanState.SUSTAINED) {
                counts.put(state, 0L);
            }
        }
        jdbc.query("select state, count(*) from support_plan where " + scope.schools("school_id")
                + " and state <> 'SUSTAINED' group by state", rs -> {
                    counts.put(PlanState.valueOf(rs.getString(1)), rs.getLong(2));
                }, scope.args());
        return counts;
    }

    /** The plan state of each of these cases that has a plan; cases of a school not overseen are left out. */
    public Map<UUID, PlanState> statesOfCases(Oversight scope, Collection<UUID> caseIds) {
        Map<UUID, PlanState> states = new HashMap<>();
        if (scope.isEmpty() || caseIds.isEmpty()) {
            return states;
        }
        jdbc.query("select case_id, state from support_plan where " + scope.schools("school_id") + " and case_id = any(?)",
                rs -> {
                    states.put(rs.getObject(1, UUID.class), PlanState.valueOf(rs.getString(2)));
                }, scope.args((Object) caseIds.toArray(UUID[]::new)));
        return states;
    }

    public long count(Oversight scope, Kind kind) {
        if (scope.isEmpty()) {
            return 0;
        }
        Long n = jdbc.queryForObject("select count(*)" + where(scope, kind), Long.class, args(scope, kind));
        return n == null ? 0L : n;
    }

    /** Plan reviews due this week, per school; a school with none is absent. */
    public Map<UUID, Long> reviewsDueThisWeekBySchool(Oversight scope) {
        Map<UUID, Long> counts = new HashMap<>();
        jdbc.query("select p.school_id, count(*)" + where(scope, Kind.REVIEWS_DUE_THIS_WEEK) + " group by p.school_id",
                rs -> {
                    counts.put(rs.getObject(1, UUID.class), rs.getLong(2));
                }, args(scope, Kind.REVIEWS_DUE_THIS_WEEK));
        return counts;
    }

    /** A plan's case and the moment the plan started. */
    public record PlanStart(UUID caseId, Instant startedAt) {
    }

    /** Every plan started on or after {@code since}: case ids and moments only, for counting time to a plan. */
    public List<PlanStart> startedSince(Oversight scope, Instant since) {
        if (scope.isEmpty()) {
            return List.of();
        }
        return jdbc.query("select p.case_id, p.started_at from support_plan p where " + scope.schools("p.school_id")
                + " and p.started_at >= ? order by p.started_at, p.case_id", (rs, n) -> new PlanStart(
                rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant()), scope.args(Timestamp.from(since)));
    }

    public Page<UUID> cases(Oversight scope, Kind kind, Pageable page) {
        return page(scope, where(scope, kind), kind == Kind.REVIEWS_DUE_THIS_WEEK ? "p.next_review_due" : "p.end_date",
                page, args(scope, kind));
    }

    public Page<UUID> casesInState(Oversight scope, PlanState state, Pageable page) {
        return page(scope, " from support_plan p where " + scope.schools("p.school_id") + " and p.state = ?",
                "p.started_at", page, scope.args(state.name()));
    }

    /** Plans being worked through whose latest review found the step stalled (once or again). */
    private static final String STALLED = " from support_plan p where %s and p.state = 'WORKING_ON_STEPS'"
            + " and (select r.outcome from plan_review r where r.case_id = p.case_id"
            + " order by r.reviewed_at desc, r.task_id desc limit 1) in ('stalled', 'stalledAgain')";

    /** How many running plans stalled at their latest review. */
    public long stalledCount(Oversight scope) {
        if (scope.isEmpty()) {
            return 0;
        }
        Long n = jdbc.queryForObject("select count(*)" + STALLED.formatted(scope.schools("p.school_id")), Long.class,
                scope.args());
        return n == null ? 0 : n;
    }

    /** The cases whose running plan stalled at its latest review. */
    public Page<UUID> stalledCases(Oversight scope, Pageable page) {
        return page(scope, STALLED.formatted(scope.schools("p.school_id")), "p.case_id", page, scope.args());
    }

    private Page<UUID> page(Oversight scope, String where, String order, Pageable page, Object[] args) {
        if (scope.isEmpty()) {
            return Page.empty(page);
        }
        // a case has one plan and at most one approved timetable, so no case comes twice
        List<UUID> ids = jdbc.queryForList("select p.case_id" + where + " order by " + order + ", p.case_id limit "
                + page.getPageSize() + " offset " + page.getOffset(), UUID.class, args);
        Long total = jdbc.queryForObject("select count(*)" + where, Long.class, args);
        return new PageImpl<>(ids, page, total == null ? 0 : total);
    }

    private static String where(Oversight scope, Kind kind) {
        String where = switch (kind) {
            case REVIEWS_DUE_THIS_WEEK -> REVIEWS;
            case PART_TIME_RUNNING -> RUNNING;
            case PART_TIME_ENDING_SOON -> ENDING;
        };
        return where.formatted(scope.schools("p.school_id"));
    }

    private Object[] args(Oversight scope, Kind kind) {
        LocalDate today = LocalDate.now(clock);
        if (kind == Kind.REVIEWS_DUE_THIS_WEEK) {
            LocalDate monday = today.with(DayOfWeek.MONDAY);
            return scope.args(Timestamp.from(monday.atStartOfDay(UK).toInstant()),
                    Timestamp.from(monday.plusWeeks(1).atStartOfDay(UK).toInstant()));
        }
        return kind == Kind.PART_TIME_RUNNING ? scope.args(Date.valueOf(today), Date.valueOf(today))
                : scope.args(Date.valueOf(today), Date.valueOf(today), Date.valueOf(today.plusDays(ENDING_WITHIN_DAYS)));
    }
}
