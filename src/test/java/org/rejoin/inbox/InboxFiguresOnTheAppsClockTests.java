package org.rejoin.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.rejoin.RejoinTest;
import org.rejoin.TestData;
import org.rejoin.base.ui.UkDates;
import org.rejoin.pupil.SchoolInfo;
import org.rejoin.security.Oversight;
import org.rejoin.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What is overdue, due within a week, or in "the last year" is judged by the app's clock (docs/decisions/0011):
 * with the clock four weeks behind, as the demo's history runs, steps due in the last four weeks are not late yet.
 */
@RejoinTest
class InboxFiguresOnTheAppsClockTests {

    static final Duration FOUR_WEEKS = Duration.ofDays(28);

    @Autowired JdbcTemplate jdbc;
    @Autowired TestData data;

    @Test
    void overdueAndDueWithinAWeekFollowTheAppsClock() {
        SchoolInfo school = data.school();
        Oversight leader = Oversight.of(data.staff(school, Role.LEADER, "Head teacher"));
        Instant now = Instant.now();
        openStep(school, now.minus(Duration.ofDays(7)));  // late by the wall clock; three weeks ahead four weeks ago
        openStep(school, now.minus(Duration.ofDays(25))); // late by the wall clock; three days ahead four weeks ago

        InboxFigures byTheWallClock = new InboxFigures(jdbc, Clock.system(UkDates.ZONE));
        InboxFigures fourWeeksBehind = new InboxFigures(jdbc, Clock.offset(Clock.system(UkDates.ZONE), FOUR_WEEKS.negated()));

        assertThat(byTheWallClock.casesOverdueCount(leader)).isEqualTo(2);
        assertThat(byTheWallClock.overdueBySchool(leader)).containsEntry(school.id(), 2L);
        assertThat(byTheWallClock.casesDueWithinAWeekCount(leader)).isZero();
        assertThat(fourWeeksBehind.casesOverdueCount(leader)).isZero();
        assertThat(fourWeeksBehind.overdueBySchool(leader)).doesNotContainKey(school.id());
        assertThat(fourWeeksBehind.overdueByAssignee(leader)).isEmpty();
        assertThat(fourWeeksBehind.casesDueWithinAWeekCount(leader)).isEqualTo(1);
        assertThat(fourWeeksBehind.casesDueWithinAWeek(leader, org.springframework.data.domain.PageRequest.of(0, 10))
                .getTotalElements()).isEqualTo(1);
    }

    @Test
    void theLastYearOfStepTimesEndsAtTheAppsToday() {
        SchoolInfo school = data.school();
        Oversight leader = Oversight.of(data.staff(school, Role.LEADER, "Head teacher"));
        completedStep(school, Instant.now().minus(Duration.ofDays(380)), Duration.ofHours(2));

        assertThat(new InboxFigures(jdbc, Clock.system(UkDates.ZONE)).medianTimeByElement(leader)).isEmpty();
        assertThat(new InboxFigures(jdbc, Clock.offset(Clock.system(UkDates.ZONE), FOUR_WEEKS.negated()))
                .medianTimeByElement(leader)).singleElement().satisfies(time -> {
                    assertThat(time.completed()).isEqualTo(1);
                    assertThat(time.medianHours()).isEqualTo(2.0);
                });
    }

    private void openStep(SchoolInfo school, Instant due) {
        jdbc.update("""
                insert into task (id, job_key, process_instance_key, process_definition_key, process_id, element_id,
                                  element_name, case_id, school_id, due_date, state, created_at, checked_at)
                values (?, ?, -1, -1, 'clock-test', 'Task_Clock', 'Clock test', ?, ?, ?, 'OPEN', ?, ?)""",
                UUID.randomUUID(), jobKey(), UUID.randomUUID(), school.id(), Timestamp.from(due),
                Timestamp.from(due.minus(Duration.ofDays(10))),
                Timestamp.from(Instant.now().plus(Duration.ofDays(30)))); // last in the reconciler's queue
    }

    private void completedStep(SchoolInfo school, Instant completed, Duration took) {
        jdbc.update("""
                insert into task (id, job_key, process_instance_key, process_definition_key, process_id, element_id,
                                  element_name, case_id, school_id, state, created_at, completed_at, completed_by)
                values (?, ?, -1, -1, 'clock-test', 'Task_Clock', 'Clock test', ?, ?, 'COMPLETED', ?, ?, 'test')""",
                UUID.randomUUID(), jobKey(), UUID.randomUUID(), school.id(), Timestamp.from(completed.minus(took)),
                Timestamp.from(completed));
    }

    /** A job key no engine hands out, so the reconciler and workers leave the row alone. */
    private static long jobKey() {
        return -ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
    }
}
