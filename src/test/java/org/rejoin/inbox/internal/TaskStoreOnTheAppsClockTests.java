package org.rejoin.inbox.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rejoin.AppClocks.about;
import static org.rejoin.AppClocks.behind;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.rejoin.RejoinTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

/** A step's row is dated by the app's clock (docs/decisions/0011): checked, reminded and submitted when it happened. */
@RejoinTest
class TaskStoreOnTheAppsClockTests {

    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationEventPublisher events;

    @Test
    void checkedRemindedAndSubmittedAtTheAppsNow() {
        long processInstanceKey = -ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        UUID taskId = openStep(processInstanceKey);

        new TaskStore(jdbc, events, behind(28)).markChecked(List.of(taskId), Instant.now());
        assertThat(at("checked_at", taskId)).satisfies(about(28));

        assertThat(new TaskStore(jdbc, events, behind(21)).remindStep(processInstanceKey, "Task_Clock")).isEqualTo(1);
        assertThat(at("reminded_at", taskId)).satisfies(about(21));

        new TaskStore(jdbc, events, behind(14)).markCompleted(taskId, "clock-tester", "{}");
        assertThat(at("completed_at", taskId)).satisfies(about(14));
    }

    private UUID openStep(long processInstanceKey) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into task (id, job_key, process_instance_key, process_definition_key, process_id, element_id,
                                  element_name, state, created_at, checked_at)
                values (?, ?, ?, -1, 'clock-test', 'Task_Clock', 'Clock test', 'OPEN', ?, ?)""",
                id, -ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE), processInstanceKey,
                Timestamp.from(Instant.now()), Timestamp.from(Instant.now().plus(Duration.ofDays(30))));
        return id;
    }

    private Instant at(String column, UUID taskId) {
        return jdbc.queryForObject("select " + column + " from task where id = ?", Timestamp.class, taskId).toInstant();
    }
}
