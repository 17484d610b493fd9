package org.rejoin.inbox.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.rejoin.inbox.CandidateGroups;
import org.rejoin.inbox.StepOffered;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Every change to a task row. Each statement checks the state it expects, so racing callers cannot both win. */
@Component
public class TaskStore {

    private static final String UPSERT = """
            insert into task (id, job_key, process_instance_key, process_definition_key, process_id, element_id,
                element_name, guidance, case_id, pupil_id, school_id, agency_id, candidate_groups, candidate_users,
                assignee, due_date, follow_up_date, priority, form_id, form_key, variables, job_deadline, checked_at,
                confidential, created_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)
            on conflict (job_key) do update set
                element_name = excluded.element_name, guidance = excluded.guidance, case_id = excluded.case_id,
                pupil_id = excluded.pupil_id, school_id = excluded.school_id, agency_id = excluded.agency_id,
                candidate_groups = excluded.candidate_groups, candidate_users = excluded.candidate_users,
                assignee = coalesce(task.assignee, excluded.assignee), due_date = excluded.due_date,
                follow_up_date = excluded.follow_up_date, form_id = excluded.form_id,
                priority = case when task.reminded_at is null then excluded.priority
                                else greatest(excluded.priority, 80) end,
                form_key = excluded.form_key, variables = excluded.variables, job_deadline = excluded.job_deadline,
                checked_at = excluded.checked_at, confidential = excluded.confidential, version = task.version + 1
            returning id, state, (xmax = 0) as inserted
            """;

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TaskStore(JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** One row per job key: a job delivered again (after a timeout) updates its row and keeps its claim. */
    @Transactional
    public UUID upsert(UserTaskJob job) {
        Timestamp now = clockNow();
        var saved = jdbc.queryForMap(UPSERT, UUID.randomUUID(), job.jobKey(), job.processInstanceKey(),
                job.processDefinitionKey(), job.processId(), job.elementId(), job.name(), job.guidance(), job.caseId(),
                job.pupilId(), job.schoolId(), job.agencyId(), array(job.candidateGroups()), array(job.candidateUsers()),
                job.assignee(), ts(job.dueDate()), ts(job.followUpDate()), job.priority(), job.formId(), job.formKey(),
                job.variablesJson(), ts(job.deadline()), now, job.confidential(), now);
        UUID id = (UUID) saved.get("id");
        jdbc.update("delete from task_candidate_group where task_id = ?", id);
        if ("OPEN".equals(saved.get("state"))) {
            var names = List.copyOf(CandidateGroups.forTask(job.candidateGroups(), job.candidateUsers(),
                    job.schoolId(), job.agencyId()));
            jdbc.batchUpdate("insert into task_candidate_group (task_id, group_name, due_date) values (?, ?, ?)",
                    names, names.size(), (ps, name) -> {
                        ps.setObject(1, id);
                        ps.setString(2, name);
                        ps.setTimestamp(3, ts(job.dueDate()));
                    });
            if (Boolean.TRUE.equals(saved.get("inserted"))) { // a new step, not a job delivered again
                events.publishEvent(new StepOffered(id, id, job.caseId(), job.schoolId(), job.agencyId(),
                        job.processId(), job.elementId(), job.name(), job.dueDate(), job.assignee()));
            }
        }
        return id;
    }

    /** When the inbox first saw this job, so a deadline counted from it does not move on re-delivery. */
    public java.util.Optional<java.time.Instant> firstSeen(long jobKey) {
        return jdbc.queryForList("select created_at from task where job_key = ?", java.sql.Timestamp.class, jobKey)
                .stream().findFirst().map(java.sql.Timestamp::toInstant);
    }

    public boolean claim(UUID taskId, String username) {
        return jdbc.update("update task set assignee = ?, version = version + 1 "
                + "where id = ? and state = 'OPEN' and assignee is null", username, taskId) == 1;
    }

    /** Releases the task only if {@code expectedAssignee} still holds it. */
    public boolean reassign(UUID taskId, String expectedAssignee, String newAssignee) {
        return jdbc.update("update task set assignee = ?, version = version + 1 "
                + "where id = ? and state = 'OPEN' and assignee = ?", newAssignee, taskId, expectedAssignee) == 1;
    }

    /** Every open step this person holds goes back to its group, unassigned; returns how many. */
    public int releaseAllHeldBy(String username) {
        return jdbc.update("update task set assignee = null, version = version + 1 "
                + "where state = 'OPEN' and lower(assignee) = lower(?)", username);
    }

    public static final int REMINDED_PRIORITY = 80;

    @Transactional
    public int remind(UUID caseId, String elementId, String assignee) {
        return jdbc.update("update task set reminded_at = ?, priority = greatest(priority, ?), version = version + 1 "
                + "where case_id = ? and element_id = ? and lower(assignee) = lower(?) and state = 'OPEN'",
                clockNow(), REMINDED_PRIORITY, caseId, elementId, assignee);
    }

    /** Marks a process instance's open step reminded, whoever holds it (or nobody). */
    public int remindStep(long processInstanceKey, String elementId) {
        return jdbc.update("update task set reminded_at = ?, priority = greatest(priority, ?), version = version + 1 "
                + "where process_instance_key = ? and element_id = ? and state = 'OPEN'", clockNow(), REMINDED_PRIORITY,
                processInstanceKey, elementId);
    }

    /** The engine accepted the completion, so this wins even over a reconciler that just saw the job gone. */
    @Transactional
    public void markCompleted(UUID taskId, String username, String answersJson) {
        jdbc.update("update task set state = 'COMPLETED', completed_by = ?, completed_at = ?, answers = ?::jsonb, "
                + "assignee = coalesce(assignee, ?), version = version + 1 "
                + "where id = ? and state in ('OPEN', 'CANCELLED')", username, clockNow(), answersJson, username, taskId);
        jdbc.update("delete from task_candidate_group where task_id = ?", taskId);
    }

    @Transactional
    public boolean markCancelled(UUID taskId) {
        int changed = jdbc.update("update task set state = 'CANCELLED', version = version + 1 "
                + "where id = ? and state = 'OPEN'", taskId);
        jdbc.update("delete from task_candidate_group where task_id = ?", taskId);
        return changed == 1;
    }

    /** Open tasks the reconciler has not looked at for longest. */
    public List<OpenJob> leastRecentlyChecked(int limit) {
        return jdbc.query("select id, job_key from task where state = 'OPEN' "
                        + "order by checked_at nulls first, id limit ?",
                (rs, i) -> new OpenJob(rs.getObject(1, UUID.class), rs.getLong(2)), limit);
    }

    /** The open tasks of one process instance. */
    public List<OpenJob> openOfInstance(long processInstanceKey) {
        return jdbc.query("select id, job_key from task where state = 'OPEN' and process_instance_key = ?",
                (rs, i) -> new OpenJob(rs.getObject(1, UUID.class), rs.getLong(2)), processInstanceKey);
    }

    public void markChecked(List<UUID> taskIds, Instant deadline) {
        Timestamp now = clockNow();
        jdbc.batchUpdate("update task set checked_at = ?, job_deadline = ? where id = ?", taskIds, 500,
                (ps, id) -> {
                    ps.setTimestamp(1, now);
                    ps.setTimestamp(2, ts(deadline));
                    ps.setObject(3, id);
                });
    }

    public record OpenJob(UUID taskId, long jobKey) {
    }

    private static String[] array(List<String> values) {
        return values.toArray(String[]::new);
    }

    /** The app's now (docs/decisions/0011), never the database's: a row is dated when it happened. */
    private Timestamp clockNow() {
        return Timestamp.from(Instant.now(clock));
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
