package org.rejoin.inbox.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.rejoin.base.ui.UkDates;
import org.rejoin.inbox.CompletedStep;
import org.rejoin.inbox.InboxTask;
import org.rejoin.inbox.TaskFilter;
import org.rejoin.inbox.TaskState;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Inbox pages, scoped, filtered, sorted and paged in PostgreSQL on the partial indexes of V4. */
@Component
public class TaskQueries {

    private static final String COLUMNS = """
            t.id, t.process_instance_key, t.process_id, t.element_id, t.element_name, t.guidance, t.case_id,
            t.pupil_id, t.school_id, t.agency_id, t.candidate_groups, t.candidate_users, t.assignee, t.due_date,
            t.follow_up_date, t.priority, t.form_id, t.state, t.created_at, t.completed_by, t.completed_at, t.version,
            t.confidential,
            (select u.display_name from app_user u where lower(u.username) = lower(t.assignee)) as assignee_name,
            (select u.display_name from app_user u where lower(u.username) = lower(t.completed_by)) as completed_by_name,
            coalesce(nullif(btrim(p.preferred_first_name), ''), p.first_name) || ' ' || p.last_name as pupil_name, p.upn""";
    // The pupil's name is read where it is kept (a read-only join), so process variables never carry it.
    private static final String FROM = " from task t left join pupil p on p.id = t.pupil_id where ";
    /** Lists show no guidance, so they do not load it. */
    private static final String LIST_COLUMNS = COLUMNS.replace("t.guidance,", "null as guidance,");
    static final int COUNT_CAP = 1000;
    private static final String OVERDUE_FOR_ME = "t.due_date < :now and (t.assignee = :me or t.id in "
            + "(select c.task_id from task_candidate_group c where c.group_name in (:groups)))";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OFFERED_TO_GROUPS = "t.id in (select c.task_id from task_candidate_group c "
            + "where c.group_name in (:groups))";

    private final NamedParameterJdbcTemplate named;
    private final Clock clock;

    TaskQueries(NamedParameterJdbcTemplate named, Clock clock) {
        this.named = named;
        this.clock = clock;
    }

    public Page<InboxTask> assignedTo(String username, TaskScope scope, TaskFilter filter, Pageable page) {
        return page("t.state = 'OPEN' and t.assignee = :me", scope, filter, params(scope).addValue("me", username), page);
    }

    public Page<InboxTask> forCandidates(Collection<String> groups, TaskScope scope, TaskFilter filter, Pageable page) {
        if (groups.isEmpty()) {
            return Page.empty(page);
        }
        return page("t.state = 'OPEN' and t.id in (select c.task_id from task_candidate_group c "
                + "where c.group_name in (:groups))", scope, filter,
                params(scope).addValue("groups", List.copyOf(groups)), page);
    }

    /** Every open task in scope: a leader reads all of their school's. */
    public Page<InboxTask> allOpen(TaskScope scope, TaskFilter filter, Pageable page) {
        return page("t.state = 'OPEN'", scope, filter, params(scope), page);
    }

    /** Open tasks past their due date that are mine, or offered to my groups. */
    public Page<InboxTask> overdue(String username, Collection<String> groups, TaskScope scope, TaskFilter filter,
                                   Pageable page) {
        return page("t.state = 'OPEN' and " + OVERDUE_FOR_ME, scope, filter, meAndGroups(scope, username, groups), page);
    }

    /** My open tasks first, then the unclaimed ones offered to my groups: the page a person lands on. */
    public Page<InboxTask> mineThenMyGroups(String username, Collection<String> groups, TaskScope scope,
                                            TaskFilter filter, Pageable page) {
        return page("t.state = 'OPEN' and (t.assignee = :me or (t.assignee is null and " + OFFERED_TO_GROUPS + "))",
                scope, filter, meAndGroups(scope, username, groups), page, "case when t.assignee = :me then 0 else 1 end, ");
    }

    /** Unclaimed open tasks offered to my groups. */
    public long countUnclaimedFor(Collection<String> groups, TaskScope scope) {
        if (groups.isEmpty()) {
            return 0;
        }
        return countOpen("t.assignee is null and " + OFFERED_TO_GROUPS, meAndGroups(scope, "", groups), scope);
    }

    /** Open tasks assigned to me. */
    public long countAssignedTo(String username, TaskScope scope) {
        return countOpen("t.assignee = :me", meAndGroups(scope, username, List.of()), scope);
    }

    /** Open tasks past their due date that are mine or my groups', as the Overdue list has them. */
    public long countOverdue(String username, Collection<String> groups, TaskScope scope) {
        return countOpen(OVERDUE_FOR_ME, meAndGroups(scope, username, groups), scope);
    }

    private long countOpen(String condition, MapSqlParameterSource params, TaskScope scope) {
        if (scope.reachesNothing()) {
            return 0;
        }
        Long n = named.queryForObject("select count(*) from task t where t.state = 'OPEN' and " + condition + " and "
                + scope.sql(), params, Long.class);
        return n == null ? 0 : n;
    }

    /** :me and :groups; an empty group list becomes one name no group has, as SQL "in ()" is invalid. */
    private MapSqlParameterSource meAndGroups(TaskScope scope, String username, Collection<String> groups) {
        return params(scope).addValue("me", username).addValue("groups", groups.isEmpty() ? List.of("") : List.copyOf(groups));
    }

    public Page<InboxTask> completedBy(String username, TaskScope scope, TaskFilter filter, Pageable page) {
        Pageable newestFirst = page.getSort().isSorted() ? page
                : org.springframework.data.domain.PageRequest.of(page.getPageNumber(), page.getPageSize(),
                        Sort.by(Sort.Direction.DESC, "completedAt"));
        return page("t.state = 'COMPLETED' and t.completed_by = :me", scope, filter,
                params(scope).addValue("me", username), newestFirst);
    }

    /** A task with its variables, or empty when it does not exist or is out of scope. */
    public Optional<InboxTask> find(UUID taskId, TaskScope scope) {
        return named.query("select " + COLUMNS + ", t.variables::text as variables" + FROM + "t.id = :id and "
                        + scope.sql(), params(scope).addValue("id", taskId), (rs, i) -> map(rs, true))
                .stream().findFirst();
    }

    /** The completed steps of a case in scope, oldest first (a case has tens of steps; capped at 500). */
    public List<CompletedStep> caseHistory(UUID caseId, TaskScope scope) {
        if (scope.reachesNothing()) {
            return List.of();
        }
        return named.query("select t.element_id, t.element_name, t.form_id, t.completed_by, t.completed_at, "
                        + "t.answers::text as answers, (select u.display_name from app_user u "
                        + "where lower(u.username) = lower(t.completed_by)) as completed_by_name from task t where t.case_id = :case and t.state = 'COMPLETED' and not t.confidential and " + scope.caseSql()
                        + " order by t.completed_at, t.id limit 500", params(scope).addValue("case", caseId),
                (rs, i) -> new CompletedStep(rs.getString("element_name"), rs.getString("completed_by"),
                        instant(rs, "completed_at"), variables(rs.getString("answers")), rs.getString("element_id"),
                        rs.getString("form_id"), rs.getString("completed_by_name")));
    }

    /** The open steps of a case, oldest first (a case has a handful: the parallel steps of its process). */
    public List<InboxTask> openOfCase(UUID caseId, TaskScope scope) {
        if (scope.reachesNothing()) {
            return List.of();
        }
        return named.query("select " + LIST_COLUMNS + FROM + "t.case_id = :case and t.state = 'OPEN' and " + scope.caseSql()
                + " order by t.created_at, t.id limit 100", params(scope).addValue("case", caseId), (rs, i) -> map(rs, false));
    }

    /**
     * Open steps of the cases this person has worked on (completed a step of) that wait on someone else: held
     * by a colleague, or offered to people or an agency other than this person's groups. Soonest due first.
     */
    public List<InboxTask> waitingOnOthers(String username, Collection<String> groups, TaskScope scope, int limit) {
        if (scope.reachesNothing()) {
            return List.of();
        }
        return named.query("select " + LIST_COLUMNS + FROM + "t.state = 'OPEN' and " + scope.caseSql()
                + " and t.case_id in (select d.case_id from task d where d.completed_by = :me and d.state = 'COMPLETED'"
                + " and d.case_id is not null) and t.assignee is distinct from :me and not (t.assignee is null and t.id in"
                + " (select c.task_id from task_candidate_group c where c.group_name in (:groups)))"
                + " order by t.due_date nulls last, t.id limit :limit",
                meAndGroups(scope, username, groups).addValue("limit", limit), (rs, i) -> map(rs, false));
    }

    /** An agency's name, for saying who holds a step offered to its partners. */
    public Optional<String> agencyName(UUID agencyId) {
        return named.queryForList("select name from agency where id = :id", new MapSqlParameterSource("id", agencyId),
                String.class).stream().findFirst();
    }

    /** The engine's job key of a task in scope, for the adapter only. */
    public Optional<Long> jobKey(UUID taskId, TaskScope scope) {
        return named.queryForList("select t.job_key from task t where t.id = :id and " + scope.sql(),
                params(scope).addValue("id", taskId), Long.class).stream().findFirst();
    }

    private Page<InboxTask> page(String where, TaskScope scope, TaskFilter filter, MapSqlParameterSource params,
                                 Pageable page) {
        return page(where, scope, filter, params, page, "");
    }

    private Page<InboxTask> page(String where, TaskScope scope, TaskFilter filter, MapSqlParameterSource params,
                                 Pageable page, String leadingOrder) {
        if (scope.reachesNothing()) {
            return Page.empty(page);
        }
        String from = FROM + where + " and " + scope.sql() + filterSql(filter, params, LocalDate.now(clock));
        params.addValue("limit", page.getPageSize()).addValue("offset", page.getOffset());
        List<InboxTask> rows = named.query("select " + LIST_COLUMNS + from
                + orderBy(page.getSort()).replace(" order by ", " order by " + leadingOrder)
                + " limit :limit offset :offset", params, (rs, i) -> map(rs, false));
        // an exact count of a long history costs more than the page (docs/benchmarks.md): count up to a cap
        Long total = named.queryForObject("select count(*) from (select 1" + from + " limit " + COUNT_CAP + ") counted",
                params, Long.class);
        return new PageImpl<>(rows, page, total == null ? 0 : total);
    }

    /**
     * Filter conditions on task {@code t} and pupil {@code p}; values are bound, never spliced. "Due within n days"
     * counts from {@code today} (the app's, docs/decisions/0011): due before the end of the n-th day after it.
     */
    static String filterSql(TaskFilter filter, MapSqlParameterSource params, LocalDate today) {
        StringBuilder sql = new StringBuilder();
        if (!TaskFilter.blank(filter.pupil())) {
            String term = filter.pupil().trim().toLowerCase(Locale.ROOT);
            sql.append(" and (lower(p.last_name) like :pupilPrefix or lower(p.first_name) like :pupilPrefix"
                    + " or lower(p.preferred_first_name) like :pupilPrefix"
                    + " or p.upn = upper(:pupilTerm))");
            params.addValue("pupilPrefix", likeEscape(term) + "%").addValue("pupilTerm", term);
        }
        if (!TaskFilter.blank(filter.step())) {
            sql.append(" and t.element_name ilike :step");
            params.addValue("step", "%" + likeEscape(filter.step().trim()) + "%");
        }
        if (filter.dueWithinDays() != null) {
            sql.append(" and t.due_date < :dueBefore");
            params.addValue("dueBefore", Timestamp.from(today.plusDays(Math.max(0, filter.dueWithinDays()) + 1L)
                    .atStartOfDay(UkDates.ZONE).toInstant()));
        }
        return sql.toString();
    }

    private static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** The scope's parameters, and {@code :now}: the app's clock, never the database's. */
    private MapSqlParameterSource params(TaskScope scope) {
        return new MapSqlParameterSource("scope", scope.value()).addValue("scopeUser", scope.username())
                .addValue("scopeRole", scope.role() == null ? null : scope.role().name())
                .addValue("now", Timestamp.from(Instant.now(clock)));
    }

    /** Only known sort keys reach the SQL; the default, due date then id, matches the partial indexes. */
    static String orderBy(Sort sort) {
        StringBuilder sql = new StringBuilder(" order by ");
        for (Sort.Order order : sort) {
            String column = switch (order.getProperty()) {
                case "priority" -> "t.priority";
                case "createdAt" -> "t.created_at";
                case "completedAt" -> "t.completed_at";
                case "name" -> "t.element_name";
                default -> "t.due_date";
            };
            sql.append(column).append(order.isAscending() ? " asc, " : " desc, ");
        }
        return sql.append("t.due_date asc, t.id asc").toString();
    }

    private static InboxTask map(ResultSet rs, boolean withVariables) throws SQLException {
        return new InboxTask(rs.getObject("id", UUID.class), rs.getLong("process_instance_key"),
                rs.getString("process_id"), rs.getString("element_id"), rs.getString("element_name"),
                rs.getString("guidance"), rs.getObject("case_id", UUID.class), rs.getObject("pupil_id", UUID.class),
                rs.getObject("school_id", UUID.class), rs.getObject("agency_id", UUID.class),
                strings(rs, "candidate_groups"), strings(rs, "candidate_users"), rs.getString("assignee"),
                instant(rs, "due_date"), instant(rs, "follow_up_date"), rs.getInt("priority"), rs.getString("form_id"),
                TaskState.valueOf(rs.getString("state")), instant(rs, "created_at"), rs.getString("completed_by"),
                instant(rs, "completed_at"), rs.getLong("version"),
                withVariables ? variables(rs.getString("variables")) : Map.of(), rs.getString("pupil_name"),
                rs.getString("upn"), rs.getBoolean("confidential"), rs.getString("assignee_name"),
                rs.getString("completed_by_name"));
    }

    private static List<String> strings(ResultSet rs, String column) throws SQLException {
        var array = rs.getArray(column);
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Map<String, Object> variables(String json) {
        try {
            return json == null ? Map.of() : JSON.readValue(json, new TypeReference<Map<String, Object>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
