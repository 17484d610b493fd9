package org.rejoin.inbox;

import java.util.List;
import java.util.UUID;
import org.rejoin.security.UserAccount;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A leader's figures from the inbox: open steps by BPMN element (where the school's cases are) and
 * overdue steps by person, with the cases behind each number. Counted in SQL for the leader's school
 * only; anyone but a leader gets nothing.
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

    private static final String OPEN = " from task t where t.state = 'OPEN' and t.school_id = ?";
    private static final String OVERDUE = OPEN + " and t.due_date < now()";

    private final JdbcTemplate jdbc;

    InboxFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<ElementCount> openTasksByElement(UserAccount leader) {
        return leader.schoolLed().map(school -> jdbc.query(
                "select t.process_id, t.element_id, min(t.element_name), count(*)" + OPEN
                        + " group by t.process_id, t.element_id order by t.process_id, t.element_id",
                (rs, n) -> new ElementCount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)),
                school)).orElse(List.of());
    }

    /** Steps the school completed in the last 365 days, by process and element, with their median time. */
    public List<StepTime> medianTimeByElement(UserAccount leader) {
        return leader.schoolLed().map(school -> jdbc.query("""
                select t.process_id, t.element_id, min(t.element_name), count(*),
                       percentile_cont(0.5) within group (order by extract(epoch from t.completed_at - t.created_at))
                from task t
                where t.state = 'COMPLETED' and t.school_id = ? and t.completed_at >= now() - interval '365 days'
                group by t.process_id, t.element_id order by t.process_id, t.element_id""",
                (rs, n) -> new StepTime(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getDouble(5) / 3600.0), school)).orElse(List.of());
    }

    /** Most overdue first; the unclaimed steps are one row of their own. */
    public List<OverdueCount> overdueByAssignee(UserAccount leader) {
        return leader.schoolLed().map(school -> jdbc.query("""
                select t.assignee, max(u.display_name), count(*)
                from task t left join app_user u on lower(u.username) = lower(t.assignee)
                where t.state = 'OPEN' and t.school_id = ? and t.due_date < now()
                group by t.assignee order by count(*) desc, t.assignee nulls first""",
                (rs, n) -> new OverdueCount(rs.getString(1), rs.getString(2), rs.getInt(3)),
                school)).orElse(List.of());
    }

    /** The cases with an open step at this element, the longest-waiting step's case first. */
    public Page<UUID> casesAtElement(UserAccount leader, String processId, String elementId, Pageable page) {
        return cases(leader, OPEN + " and t.process_id = ? and t.element_id = ?", page, processId, elementId);
    }

    /** The cases with an open overdue step held by this person, or unclaimed when assignee is null. */
    public Page<UUID> casesOverdueFor(UserAccount leader, String assignee, Pageable page) {
        return assignee == null
                ? cases(leader, OVERDUE + " and t.assignee is null", page)
                : cases(leader, OVERDUE + " and t.assignee = ?", page, assignee);
    }

    private Page<UUID> cases(UserAccount leader, String fromWhere, Pageable page, Object... filter) {
        UUID school = leader.schoolLed().orElse(null);
        if (school == null) {
            return Page.empty(page);
        }
        String where = fromWhere + " and t.case_id is not null";
        Object[] args = args(school, filter);
        List<UUID> ids = jdbc.queryForList("select t.case_id" + where
                + " group by t.case_id order by min(t.due_date) nulls last, t.case_id limit " + page.getPageSize()
                + " offset " + page.getOffset(), UUID.class, args);
        Long total = jdbc.queryForObject("select count(distinct t.case_id)" + where, Long.class, args);
        return new PageImpl<>(ids, page, total == null ? 0 : total);
    }

    static Object[] args(Object first, Object... rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
