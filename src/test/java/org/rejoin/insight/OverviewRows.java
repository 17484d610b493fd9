package org.rejoin.insight;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.rejoin.TestData;
import org.rejoin.pupil.SchoolInfo;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows for the overview's figures, written straight into the tables their modules own, so a test knows
 * every row its school has and can count the expected figures by hand. Tasks carry job keys no engine
 * hands out, so no worker touches them; the reconciler would close them, which is why it runs in tests
 * only when a test asks (see {@link org.rejoin.RejoinTest}).
 */
public record OverviewRows(JdbcTemplate jdbc, TestData data, SchoolInfo school) {

    public static final String JOURNEY = "barrier-understanding";
    public static final String PLAN = "stepped-support-plan";

    public UUID openCase(String surname, String stage) {
        return caseRow(surname, "OPEN", stage);
    }

    UUID caseRow(String surname, String state, String stage) {
        UUID pupil = data.pupil(school, surname);
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into pupil_case (id, pupil_id, school_id, state, stage, origin, reason, opened_by, closed_at)
                values (?, ?, ?, ?, ?, 'BY_HAND', 'overview test', 'test', ?)""", id, pupil, school.id(), state, stage,
                "CLOSED".equals(state) ? Timestamp.from(Instant.now()) : null);
        return id;
    }

    void task(UUID caseId, String process, String element, String state, String assignee, Duration dueFromNow) {
        jdbc.update("""
                insert into task (id, job_key, process_instance_key, process_definition_key, process_id, element_id,
                                  element_name, case_id, school_id, assignee, due_date, state, completed_at, checked_at)
                values (?, ?, -1, -1, ?, ?, ?, ?, ?, ?, ?, ?, ?, now() + interval '30 days')""",
                UUID.randomUUID(), -ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE), process, element,
                "Step " + element, caseId, school.id(), assignee,
                dueFromNow == null ? null : Timestamp.from(Instant.now().plus(dueFromNow)), state,
                "COMPLETED".equals(state) ? Timestamp.from(Instant.now()) : null);
    }

    /** A step that reached the inbox {@code took} before it was submitted, {@code ago} ago. */
    public void completedTask(UUID caseId, String process, String element, Duration took, Duration ago) {
        Instant completed = Instant.now().minus(ago);
        jdbc.update("""
                insert into task (id, job_key, process_instance_key, process_definition_key, process_id, element_id,
                                  element_name, case_id, school_id, state, created_at, completed_at, completed_by)
                values (?, ?, -1, -1, ?, ?, ?, ?, ?, 'COMPLETED', ?, ?, 'test')""",
                UUID.randomUUID(), -ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE), process, element,
                "Step " + element, caseId, school.id(), Timestamp.from(completed.minus(took)), Timestamp.from(completed));
    }

    void plan(UUID caseId, String state, Instant nextReviewDue) {
        jdbc.update("""
                insert into support_plan (case_id, school_id, pupil_id, state, review_every, next_review_due)
                select id, school_id, pupil_id, ?, 'P14D', ? from pupil_case where id = ?""",
                state, nextReviewDue == null ? null : Timestamp.from(nextReviewDue), caseId);
    }

    void partTime(UUID caseId, String state, LocalDate start, LocalDate end) {
        jdbc.update("""
                insert into part_time_timetable (id, case_id, school_id, state, start_date, end_date)
                values (?, ?, ?, ?, ?, ?)""", UUID.randomUUID(), caseId, school.id(), state, Date.valueOf(start),
                Date.valueOf(end));
    }

    void referral(UUID caseId, String agencyType, String status, Duration deadlineFromNow) {
        UUID agency = jdbc.queryForObject("select id from agency order by name limit 1", UUID.class);
        boolean sent = !"REQUESTED".equals(status);
        jdbc.update("""
                insert into referral (id, case_id, pupil_id, school_id, agency_type, agency_id, origin, status, sent_at,
                                      accept_deadline)
                select ?, id, pupil_id, school_id, ?, ?, 'BY_HAND', ?, ?, ? from pupil_case where id = ?""",
                UUID.randomUUID(), agencyType, sent ? agency : null, status,
                sent ? Timestamp.from(Instant.now().minus(Duration.ofDays(5))) : null,
                deadlineFromNow == null ? null : Timestamp.from(Instant.now().plus(deadlineFromNow)), caseId);
    }
}
