package org.rejoin.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rejoin.AppClocks.about;
import static org.rejoin.AppClocks.behind;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rejoin.RejoinTest;
import org.rejoin.notification.DeliveryState;
import org.rejoin.notification.NotificationKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An email is written, and falls due, at the app's now (docs/decisions/0011), not the database's: the
 * administrators' list shows when it happened, and a sender on the same clock finds it due.
 */
@RejoinTest
class OutboxOnTheAppsClockTests {

    @Autowired JdbcTemplate jdbc;

    @Test
    void writtenAndDueAtTheAppsNowAndSentAgainFromIt() {
        String eventKey = "clock-test:" + UUID.randomUUID();
        String recipient = "outbox-clock-" + UUID.randomUUID() + "@example.test";
        try {
            Outbox fourWeeksBehind = new Outbox(jdbc, behind(28));
            assertThat(fourWeeksBehind.enqueue(eventKey, recipient, NotificationKind.REFERRAL_DECIDED,
                    "referral-decided", Map.of(), DeliveryState.SKIPPED)).isTrue(); // skipped: no sender takes it
            assertThat(at("created_at", eventKey)).satisfies(about(28));
            assertThat(at("next_attempt_at", eventKey)).satisfies(about(28));

            jdbc.update("update notification set state = 'FAILED' where event_key = ?", eventKey);
            assertThat(new Outbox(jdbc, behind(21)).requeue(fourWeeksBehind.idOf(eventKey, recipient))).isTrue();
            assertThat(at("next_attempt_at", eventKey)).as("sent again from the app's now").satisfies(about(21));
            assertThat(at("created_at", eventKey)).satisfies(about(28));
        } finally {
            jdbc.update("delete from notification where event_key = ?", eventKey);
        }
    }

    private Instant at(String column, String eventKey) {
        return jdbc.queryForObject("select " + column + " from notification where event_key = ?", Timestamp.class,
                eventKey).toInstant();
    }
}
