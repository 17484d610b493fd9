package org.rejoin.support.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.rejoin.support.PlanStep;
import org.rejoin.support.StepState;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The plan's steps in the order shown. {@code plan_index} follows the process's steps list (replaced
 * steps keep their place on the page but leave the list), so a worker finds a step by the job's stepIndex.
 */
@Component
public class StepStore {

    private static final String COLUMNS = "position, description, adjustments, other_adjustment, state, again, "
            + "started_on, ended_on";

    private final JdbcTemplate jdbc;

    StepStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<PlanStep> steps(UUID caseId) {
        return jdbc.query("select " + COLUMNS + " from plan_step where case_id = ? order by position",
                StepStore::row, caseId);
    }

    public Optional<PlanStep> current(UUID caseId) {
        return jdbc.query("select " + COLUMNS + " from plan_step where case_id = ? and state = 'CURRENT' "
                + "order by position limit 1", StepStore::row, caseId).stream().findFirst();
    }

    public Optional<PlanStep> atIndex(UUID caseId, int index) {
        return jdbc.query("select " + COLUMNS + " from plan_step where case_id = ? and plan_index = ?",
                StepStore::row, caseId, index).stream().findFirst();
    }

    public Optional<PlanStep> atPosition(UUID caseId, int position) {
        return jdbc.query("select " + COLUMNS + " from plan_step where case_id = ? and position = ?",
                StepStore::row, caseId, position).stream().findFirst();
    }

    /** Inserts steps at {@code position} onwards as {@code index} onwards; the first is current from today. */
    public void insert(UUID caseId, int position, int index, List<NewStep> steps, LocalDate today, boolean again) {
        for (int i = 0; i < steps.size(); i++) {
            NewStep step = steps.get(i);
            jdbc.update("""
                    insert into plan_step (id, case_id, position, plan_index, description, adjustments,
                        other_adjustment, state, again, started_on)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", UUID.randomUUID(), caseId, position + i, index + i,
                    step.description(), step.adjustments().toArray(String[]::new), step.otherAdjustment(),
                    i == 0 ? "CURRENT" : "PLANNED", again && i == 0, i == 0 ? today : null);
        }
    }

    /** The step at {@code index} achieved today; the next (if any) current from today. False if none is next. */
    public boolean achieve(UUID caseId, int index, LocalDate today) {
        jdbc.update("""
                update plan_step set state = 'ACHIEVED', ended_on = ?, started_on = coalesce(started_on, ?)
                where case_id = ? and plan_index = ? and state in ('CURRENT', 'PLANNED')""", today, today, caseId, index);
        return jdbc.update("""
                update plan_step set state = 'CURRENT', started_on = ?
                where case_id = ? and plan_index = ? and state = 'PLANNED'""", today, caseId, index + 1) == 1;
    }

    /** The step at {@code index} replaced by {@code steps}: it stays on the page, the new ones follow it. */
    public void replace(UUID caseId, int index, List<NewStep> steps, LocalDate today) {
        PlanStep replaced = atIndex(caseId, index).orElseThrow(() -> new IllegalArgumentException(
                "The plan has no step " + (index + 1) + " to adapt"));
        jdbc.update("""
                update plan_step set state = 'REPLACED', ended_on = ?, started_on = coalesce(started_on, ?),
                    plan_index = null
                where case_id = ? and plan_index = ?""", today, today, caseId, index);
        jdbc.update("update plan_step set position = position + ? where case_id = ? and position > ?",
                steps.size(), caseId, replaced.position());
        jdbc.update("update plan_step set plan_index = plan_index + ? where case_id = ? and plan_index > ?",
                steps.size() - 1, caseId, index);
        insert(caseId, replaced.position() + 1, index, steps, today, false);
    }

    /** Every step still in the plan achieved today; the position of the one that was current, if any. */
    public Optional<Integer> achieveAll(UUID caseId, LocalDate today) {
        Optional<Integer> current = current(caseId).map(PlanStep::position);
        jdbc.update("""
                update plan_step set state = 'ACHIEVED', ended_on = ?
                where case_id = ? and plan_index is not null and state in ('CURRENT', 'PLANNED')""", today, caseId);
        return current;
    }

    /** Attendance fell after the plan: its last step is worked on again from today (a new row, history kept). */
    public int reopenLast(UUID caseId, LocalDate today) {
        Integer last = jdbc.queryForObject("select max(plan_index) from plan_step where case_id = ?", Integer.class,
                caseId);
        PlanStep step = atIndex(caseId, last == null ? -1 : last).orElseThrow(() -> new IllegalArgumentException(
                "The plan has no steps to go back to"));
        Integer end = jdbc.queryForObject("select max(position) from plan_step where case_id = ?", Integer.class, caseId);
        jdbc.update("update plan_step set plan_index = null where case_id = ? and plan_index = ?", caseId, last);
        insert(caseId, end + 1, last, List.of(new NewStep(step.description(), step.adjustments(),
                step.otherAdjustment())), today, true);
        return last;
    }

    private static PlanStep row(ResultSet rs, int i) throws SQLException {
        Array codes = rs.getArray("adjustments");
        java.sql.Date started = rs.getDate("started_on");
        java.sql.Date ended = rs.getDate("ended_on");
        return new PlanStep(rs.getInt("position"), rs.getString("description"),
                codes == null ? List.of() : Arrays.asList((String[]) codes.getArray()), rs.getString("other_adjustment"),
                StepState.valueOf(rs.getString("state")), rs.getBoolean("again"),
                started == null ? null : started.toLocalDate(), ended == null ? null : ended.toLocalDate());
    }
}
