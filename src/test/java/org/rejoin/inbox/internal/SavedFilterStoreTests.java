package org.rejoin.inbox.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.rejoin.RejoinTest;
import org.rejoin.TestData;
import org.rejoin.base.ui.UkDates;
import org.rejoin.inbox.InboxList;
import org.rejoin.inbox.TaskFilter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A saved filter is dated by the app's clock (docs/decisions/0011), when saved and when saved again. */
@RejoinTest
class SavedFilterStoreTests {

    @Autowired JdbcTemplate jdbc;

    @Test
    void savedAndReplacedAtTheAppsNow() {
        String username = "filter-clock-" + TestData.uniqueUrn();
        Clock fourWeeksBehind = Clock.offset(Clock.system(UkDates.ZONE), Duration.ofDays(-28));
        new SavedFilterStore(jdbc, fourWeeksBehind).save(username, "Due soon", InboxList.MINE,
                new TaskFilter(null, null, 3));
        Instant fourWeeksAgo = Instant.now().minus(Duration.ofDays(28));
        assertThat(savedAt(username)).isBetween(fourWeeksAgo.minusSeconds(60), fourWeeksAgo.plusSeconds(60));

        Clock twoWeeksBehind = Clock.offset(Clock.system(UkDates.ZONE), Duration.ofDays(-14));
        new SavedFilterStore(jdbc, twoWeeksBehind).save(username, "Due soon", InboxList.MINE,
                new TaskFilter(null, null, 5));
        Instant twoWeeksAgo = Instant.now().minus(Duration.ofDays(14));
        assertThat(savedAt(username)).isBetween(twoWeeksAgo.minusSeconds(60), twoWeeksAgo.plusSeconds(60));
    }

    private Instant savedAt(String username) {
        return jdbc.queryForObject("select saved_at from saved_task_filter where username = ?", Timestamp.class,
                username).toInstant();
    }
}
