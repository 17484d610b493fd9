package org.rejoin.support.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.rejoin.support.PlanState;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The support_plan rows, and the record of what has already been applied to each plan. */
@Component
public class PlanStore {

    private static final String COLUMNS = """
            case_id, school_id, pupil_id, state, lead_champion, key_adult, review_every, overall_goal,
            parent_contact, contact_arrangements, current_step, next_review_due, closed_at, follow_up_on,
            follow_up_sustained, ended_step_unreviewed, review_before_step_ended""";

    private final JdbcTemplate jdbc;

    private final Clock clock;

    PlanStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The plan of a case, created once; false when the case is not this pupil's at this school. */
    public boolean createIfNone(UUID caseId, UUID schoolId, UUID pupilId, String lead, String keyAdult,
                                Duration reviewEvery) {
        jdbc.update("""
                insert into support_plan (case_id, school_id, pupil_id, lead_champion, key_adult, review_every,
                                          started_at)
                select c.id, c.school_id, c.pupil_id, ?, ?, ?, ? from pupil_case c
                where c.id = ? and c.school_id = ? and c.pupil_id = ?
                on conflict (case_id) do nothing""",
                lead, keyAdult, PlanProperties.iso(reviewEvery), Timestamp.from(Instant.now(clock)), caseId, schoolId,
                pupilId);
        return find(caseId).filter(p -> p.schoolId().equals(schoolId) && p.pupilId().equals(pupilId)).isPresent();
    }

    public Optional<PlanRow> find(UUID caseId) {
        return jdbc.query("select " + COLUMNS + " from support_plan where case_id = ?", PlanStore::row, caseId)
                .stream().findFirst();
    }

    /** The plan, locked until the transaction ends: its recorders and workers change it one at a time. */
    public Optional<PlanRow> lock(UUID caseId) {
        return jdbc.query("select " + COLUMNS + " from support_plan where case_id = ? for update", PlanStore::row,
                caseId).stream().findFirst();
    }

    /** True the first time {@code sourceKey} (a job, a completed task) is applied to the plan. */
    public boolean firstTime(UUID caseId, String sourceKey) {
        return jdbc.update("insert into plan_change (source_key, case_id, applied_at) values (?, ?, ?) "
                + "on conflict do nothing", sourceKey, caseId, Timestamp.from(Instant.now(clock))) == 1;
    }

    public void moveOn(UUID caseId, PlanState from, PlanState to) {
        jdbc.update("update support_plan set state = ? where case_id = ? and state = ?", to.name(), caseId,
                from.name());
    }

    public void agree(UUID caseId, String goal, String parentContact, String arrangements, Instant nextReview) {
        jdbc.update("""
                update support_plan set state = 'WORKING_ON_STEPS', overall_goal = ?, parent_contact = ?,
                    contact_arrangements = ?, current_step = 0, next_review_due = ?
                where case_id = ?""", goal, parentContact, arrangements, timestamp(nextReview), caseId);
    }

    public void nextReview(UUID caseId, Instant due) {
        jdbc.update("update support_plan set next_review_due = ? where case_id = ? and state = 'WORKING_ON_STEPS'",
                timestamp(due), caseId);
    }

    public void currentStep(UUID caseId, Integer index) {
        jdbc.update("update support_plan set current_step = ? where case_id = ?", index, caseId);
    }

    /** Which step a review was about when the review and the step's end are recorded in either order. */
    public void reviewMatching(UUID caseId, Integer endedStepUnreviewed, boolean reviewBeforeStepEnded) {
        jdbc.update("""
                update support_plan set ended_step_unreviewed = ?, review_before_step_ended = ? where case_id = ?""",
                endedStepUnreviewed, reviewBeforeStepEnded, caseId);
    }

    public void close(UUID caseId, Instant closedAt, LocalDate followUpOn) {
        jdbc.update("""
                update support_plan set state = 'CLOSED_FOLLOWING_UP', closed_at = ?, follow_up_on = ?,
                    next_review_due = null, current_step = null
                where case_id = ?""", timestamp(closedAt), followUpOn, caseId);
    }

    public void followedUp(UUID caseId, boolean sustained) {
        jdbc.update("update support_plan set follow_up_sustained = ? where case_id = ?", sustained, caseId);
    }

    /** Attendance fell after the plan: back to reviews on the step {@code index}. */
    public void reopen(UUID caseId, int index, Instant nextReview) {
        jdbc.update("""
                update support_plan set state = 'WORKING_ON_STEPS', closed_at = null, follow_up_on = null,
                    current_step = ?, next_review_due = ?
                where case_id = ?""", index, timestamp(nextReview), caseId);
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static PlanRow row(ResultSet rs, int i) throws SQLException {
        Timestamp next = rs.getTimestamp("next_review_due");
        Timestamp closed = rs.getTimestamp("closed_at");
        java.sql.Date followUp = rs.getDate("follow_up_on");
        return new PlanRow(rs.getObject("case_id", UUID.class), rs.getObject("school_id", UUID.class),
                rs.getObject("pupil_id", UUID.class), PlanState.valueOf(rs.getString("state")),
                rs.getString("lead_champion"), rs.getString("key_adult"), Duration.parse(rs.getString("review_every")),
                rs.getString("overall_goal"), rs.getString("parent_contact"), rs.getString("contact_arrangements"),
                rs.getObject("current_step", Integer.class), next == null ? null : next.toInstant(),
                closed == null ? null : closed.toInstant(), followUp == null ? null : followUp.toLocalDate(),
                rs.getObject("follow_up_sustained", Boolean.class), rs.getObject("ended_step_unreviewed", Integer.class),
                rs.getBoolean("review_before_step_ended"));
    }
}
