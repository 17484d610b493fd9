package org.rejoin.inbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
 * Figures from the inbox: open steps by BPMN element (where the cases are) and overdue steps by person,
 * with the cases behind each number. Counted in SQL over the schools the person oversees, nothing else.
 */
@Component
public class InboxFigures {

    /** Open steps of the school at one element of one process. */
    public record ElementCount(String processId, String elementId, String elementName, int openTasks) {
    }

    /** Open steps past their due date held by one person, or by nobody yet (assignee null). */
    public record OverdueCount(String assignee, String displayName, int overdueTasks) {

        public boolean unclaimed() {
            return assignee == null;
        }
    }

    /** How long one step took, from reaching the inbox to being submitted: the median over the last year. */
    public record StepTime(String processId, String elementId, String elementName, int completed,
                           double medianHours) {
    }

    private static final Duration A_YEAR = Duration.ofDays(365);
    private static final String OPEN = " from task t where t.state = 'OPEN' and ";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    InboxFigures(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<ElementCount> openTasksByElement(Oversight scope) {
        return jdbc.query("select t.process_id, t.element_id, min(t.element_name), count(*)" + open(scope)
                        + " group by t.process_id, t.element_id order by t.process_id, t.element_id",
                (rs, n) -> new ElementCount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)),
                scope.args());
    }

    /** Open steps past their due date, per school. */
    public Map<UUID, Long> overdueBySchool(Oversight scope) {
        Map<UUID, Long> counts = new HashMap<>();
        jdbc.query("select t.school_id, count(*)" + overdue(scope) + " group by t.school_id",
                rs -> {
                    counts.put(rs.getObject(1, UUID.class), rs.getLong(2));
                }, scope.args(clockNow()));
        return counts;
    }

    /** Steps the school completed in the last 365 days, by process and element, with their median time. */
    public List<StepTime> medianTimeByElement(Oversight scope) {
        return jdbc.query("""
                select t.process_id, t.element_id, min(t.element_name), count(*),
                       percentile_cont(0.5) within group (order by extract(epoch from t.completed_at - t.created_at))
                from task t
                where t.state = 'COMPLETED' and %s and t.completed_at >= ?
                group by t.process_id, t.element_id order by t.process_id, t.element_id""".formatted(
                        scope.schools("t.school_id")),
                (rs, n) -> new StepTime(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getDouble(5) / 3600.0), scope.args(Timestamp.from(Instant.now(clock).minus(A_YEAR))));
    }

    /** Most overdue first; the unclaimed steps are one row of their own. */
    public List<OverdueCount> overdueByAssignee(Oversight scope) {
        return jdbc.query("""
                select t.assignee, max(u.display_name), count(*)
                from task t left join app_user u on lower(u.username) = lower(t.assignee)
                where t.state = 'OPEN' and %s and t.due_date < ?
                group by t.assignee order by count(*) desc, t.assignee nulls first""".formatted(
                        scope.schools("t.school_id")),
                (rs, n) -> new OverdueCount(rs.getString(1), rs.getString(2), rs.getInt(3)), scope.args(clockNow()));
    }

    /** The cases with an open step at this element, the longest-waiting step's case first. */
    public Page<UUID> casesAtElement(Oversight scope, String processId, String elementId, Pageable page) {
        return cases(scope, open(scope) + " and t.process_id = ? and t.element_id = ?", page, processId, elementId);
    }

    /** The cases with an open overdue step held by this person, or unclaimed when assignee is null. */
    public Page<UUID> casesOverdueFor(Oversight scope, String assignee, Pageable page) {
        return assignee == null
                ? cases(scope, overdue(scope) + " and t.assignee is null", page, clockNow())
                : cases(scope, overdue(scope) + " and t.assignee = ?", page, clockNow(), assignee);
    }

    /** How many cases have an open step nobody has claimed. */
    public long casesUnclaimedCount(Oversight scope) {
        return count(scope, open(scope) + " and t.assignee is null");
    }

    /** The cases with an open step nobody has claimed, the longest-waiting first. */
    public Page<UUID> casesUnclaimed(Oversight scope, Pageable page) {
        return cases(scope, open(scope) + " and t.assignee is null", page);
    }

    /** How many cases have an open step past its due date, whoever holds it. */
    public long casesOverdueCount(Oversight scope) {
        return count(scope, overdue(scope), clockNow());
    }

    /** The cases with an open step past its due date, whoever holds it. */
    public Page<UUID> casesOverdue(Oversight scope, Pageable page) {
        return cases(scope, overdue(scope), page, clockNow());
    }

    /** How many cases have an open step falling due in the next seven days (not yet overdue). */
    public long casesDueWithinAWeekCount(Oversight scope) {
        return count(scope, dueWithinAWeek(scope), aWeekFromNow());
    }

    /** The cases with an open step falling due in the next seven days, the soonest first. */
    public Page<UUID> casesDueWithinAWeek(Oversight scope, Pageable page) {
        return cases(scope, dueWithinAWeek(scope), page, aWeekFromNow());
    }

    /** Its two parameters: {@link #aWeekFromNow()}. */
    private static String dueWithinAWeek(Oversight scope) {
        return open(scope) + " and t.due_date >= ? and t.due_date < ?";
    }

    /** The app's now and seven days on. */
    private Object[] aWeekFromNow() {
        Instant now = Instant.now(clock);
        return new Object[] {Timestamp.from(now), Timestamp.from(now.plus(Duration.ofDays(7)))};
    }

    /** The app's now, for a statement's {@code ?}. */
    private Timestamp clockNow() {
        return Timestamp.from(Instant.now(clock));
    }

    private long count(Oversight scope, String fromWhere, Object... filter) {
        if (scope.isEmpty()) {
            return 0;
        }
        Long total = jdbc.queryForObject("select count(distinct t.case_id)" + fromWhere + " and t.case_id is not null",
                Long.class, scope.args(filter));
        return total == null ? 0 : total;
    }

    private static String open(Oversight scope) {
        return OPEN + scope.schools("t.school_id");
    }

    /** Its one parameter: {@link #clockNow()}. */
    private static String overdue(Oversight scope) {
        return open(scope) + " and t.due_date < ?";
    }

    private Page<UUID> cases(Oversight scope, String fromWhere, Pageable page, Object... filter) {
        if (scope.isEmpty()) {
            return Page.empty(page);
        }
        String where = fromWhere + " and t.case_id is not null";
        Object[] args = scope.args(filter);
        List<UUID> ids = jdbc.queryForList("select t.case_id" + where
                + " group by t.case_id order by min(t.due_date) nulls last, t.case_id limit " + page.getPageSize()
                + " offset " + page.getOffset(), UUID.class, args);
        Long total = jdbc.queryForObject("select count(distinct t.case_id)" + where, Long.class, args);
        return new PageImpl<>(ids, page, total == null ? 0 : total);
    }
}
