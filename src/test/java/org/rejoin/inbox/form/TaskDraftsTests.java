package org.rejoin.inbox.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.rejoin.RejoinTest;
import org.rejoin.base.ui.UkDates;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@RejoinTest
class TaskDraftsTests {

    @Autowired
    TaskDrafts drafts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDraftIsSavedReplacedAndLoadedPerTaskAndPerson() {
        UUID task = taskRow();
        Instant first = drafts.save(task, "champion-a", Map.of("patternNotes", "Mondays", "sessions", 3));
        drafts.save(task, "champion-b", Map.of("patternNotes", "someone else's"));
        Instant second = drafts.save(task, "champion-a", Map.of("patternNotes", "Mondays and Fridays",
                "barriers", List.of("anxiety"), "address", Map.of("street", "1 High Street")));

        var draft = drafts.load(task, "champion-a").orElseThrow();
        assertThat(draft.values()).containsOnly(Map.entry("patternNotes", "Mondays and Fridays"),
                Map.entry("barriers", List.of("anxiety")), Map.entry("address", Map.of("street", "1 High Street")));
        assertThat(draft.savedAt()).isEqualTo(second).isAfterOrEqualTo(first);
        assertThat(drafts.load(task, "champion-b").orElseThrow().values())
                .containsExactly(Map.entry("patternNotes", "someone else's"));
        assertThat(drafts.load(UUID.randomUUID(), "champion-a")).isEmpty();

        drafts.delete(task, "champion-a");
        assertThat(drafts.load(task, "champion-a")).isEmpty();
        assertThat(drafts.load(task, "champion-b")).isPresent();
    }

    @Test
    void aDraftIsDatedByTheAppsClockNotTheDatabases() {
        UUID task = taskRow();
        Clock fourWeeksBehind = Clock.offset(Clock.system(UkDates.ZONE), Duration.ofDays(-28));
        Instant saved = new TaskDrafts(jdbc, fourWeeksBehind).save(task, "champion-a", Map.of("patternNotes", "Mondays"));

        Instant fourWeeksAgo = Instant.now().minus(Duration.ofDays(28));
        assertThat(saved).isBetween(fourWeeksAgo.minusSeconds(60), fourWeeksAgo.plusSeconds(60));
        assertThat(drafts.load(task, "champion-a").orElseThrow().savedAt()).isEqualTo(saved);
    }

    @Test
    void draftsGoWithTheirTask() {
        UUID task = taskRow();
        drafts.save(task, "champion-a", Map.of("patternNotes", "Mondays"));
        jdbc.update("delete from task where id = ?", task);
        assertThat(drafts.load(task, "champion-a")).isEmpty();
    }

    private UUID taskRow() {
        UUID id = UUID.randomUUID();
        // a job key no engine will hand out, so the reconciler and workers leave the row alone
        long jobKey = -ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        jdbc.update("""
                insert into task (id, job_key, process_instance_key, process_definition_key, process_id, element_id,
                                  element_name, state, completed_at, completed_by)
                values (?, ?, -1, -1, 'draft-test', 'Task_Draft', 'Draft test', 'COMPLETED', now(), 'nobody')""",
                id, jobKey);
        return id;
    }
}
