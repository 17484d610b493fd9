package org.rejoin.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.rejoin.RejoinTest;
import org.rejoin.TestData;
import org.rejoin.notification.Delivery;
import org.rejoin.notification.Mails;
import org.rejoin.notification.NotificationKind;
import org.rejoin.operations.IncidentService;
import org.rejoin.pupil.SchoolInfo;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The sender against the app's in-JVM SMTP server: down for a while then up, every email arrives exactly once;
 * down for good, the email fails after its last attempt and shows on the incidents page; stopped between the
 * server's acceptance and the mark, the email is sent once more and no more (the documented crash window).
 */
@RejoinTest
class OutboxSenderTests {

    @Autowired TestData data;
    @Autowired java.time.Clock clock;
    @Autowired Notifier notifier;
    @Autowired OutboxSender sender;
    @Autowired Outbox outbox;
    @Autowired NotificationProperties properties;
    @Autowired IncidentService incidents;
    @Autowired JdbcTemplate jdbc;

    @Test
    void smtpDownForAWhileThenUpEveryEmailArrivesExactlyOnce() {
        List<UserAccount> people = List.of(person(), person(), person());
        String event = "referral-accepted:" + UUID.randomUUID();
        DemoMailServer.stop();
        Instant now;
        try {
            notifier.tell(people.stream().map(UserAccount::username).toList(), event, NotificationKind.REFERRAL_DECIDED,
                    "referral-decided", model());
            now = Instant.now(clock).plusSeconds(1); // the rows are due from the app's now, a moment before this
            sender.sendDue(now);
            sender.sendDue(now.plus(properties.backoffAfter(1)).plusSeconds(1));
            assertThat(rows(event)).allSatisfy(d -> {
                assertThat(d.state().name()).isEqualTo("QUEUED");
                assertThat(d.attempts()).isGreaterThanOrEqualTo(2);
                assertThat(d.lastError()).isNotBlank();
            });
        } finally {
            DemoMailServer.start();
        }
        sender.sendDue(now.plusSeconds(7_200));
        sender.sendDue(now.plusSeconds(14_400));
        for (UserAccount person : people) {
            assertThat(Mails.to(person.username())).hasSize(1);
        }
        assertThat(rows(event)).allSatisfy(d -> assertThat(d.state().name()).isEqualTo("SENT"));
    }

    @Test
    void afterTheLastAttemptTheEmailFailsShowsOnTheIncidentsPageAndCanBeSentAgain() {
        UserAccount person = person();
        UserAccount admin = data.admin();
        String event = "referral-declined:" + UUID.randomUUID();
        DemoMailServer.stop();
        Instant at;
        try {
            notifier.tell(List.of(person.username()), event, NotificationKind.REFERRAL_DECIDED, "referral-decided", model());
            at = Instant.now(clock).plusSeconds(1);
            for (int attempt = 1; attempt <= properties.maxAttempts(); attempt++) {
                sender.sendDue(at);
                at = at.plus(properties.longestRetry()).plusSeconds(1);
            }
        } finally {
            DemoMailServer.start();
        }
        Delivery failed = rows(event).get(0);
        assertThat(failed.state().name()).isEqualTo("FAILED");
        assertThat(failed.attempts()).isEqualTo(properties.maxAttempts());
        assertThat(incidents.undeliveredEmails(admin, PageRequest.of(0, 500))).extracting(Delivery::id).contains(failed.id());
        assertThat(incidents.undeliveredEmails(person, PageRequest.of(0, 500))).isEmpty();
        sender.sendDue(at.plusSeconds(86_400));
        assertThat(Mails.to(person.username())).as("a failed email is not tried again by itself").isEmpty();

        assertThat(incidents.sendEmailAgain(admin, failed.id())).isTrue();
        Mails.awaitMails(sender, person.username(), 1);
        assertThat(rows(event).get(0).state().name()).isEqualTo("SENT");
    }

    @Test
    void stoppedBetweenTheServersAcceptanceAndTheMarkTheEmailIsSentAtMostOnceMore() {
        UserAccount person = person();
        String event = "referral-withdrawn:" + UUID.randomUUID();
        notifier.tell(List.of(person.username()), event, NotificationKind.REFERRAL_DECIDED, "referral-decided", model());
        UUID target = outbox.idOf(event, person.username());
        AtomicBoolean stopped = new AtomicBoolean();
        sender.afterAccepted = id -> {
            if (id.equals(target) && stopped.compareAndSet(false, true)) {
                throw new SenderStopped(); // as if the JVM stopped here: the row is never marked sent
            }
        };
        Instant now = Instant.now(clock);
        try {
            await().atMost(Mails.WAIT).until(() -> {
                try {
                    sender.sendDue(Instant.now(clock));
                } catch (SenderStopped e) {
                    // expected once
                }
                return stopped.get();
            });
        } finally {
            sender.afterAccepted = id -> { };
        }
        assertThat(Mails.to(person.username())).hasSize(1);
        assertThat(rows(event).get(0).state().name()).isEqualTo("SENDING");

        sender.sendDue(now.plus(properties.lease()).minusSeconds(30));
        assertThat(Mails.to(person.username())).as("not before the lease runs out").hasSize(1);
        sender.sendDue(now.plus(properties.lease()).plusSeconds(60));
        sender.sendDue(now.plusSeconds(86_400));

        var mails = Mails.to(person.username());
        assertThat(mails).as("one duplicate, no more").hasSize(2);
        assertThat(mails.get(1).messageId()).isEqualTo(mails.get(0).messageId()).isEqualTo("<" + target + "@rejoin.notification>");
        assertThat(rows(event).get(0).state().name()).isEqualTo("SENT");
    }

    private UserAccount person() {
        SchoolInfo school = data.school();
        return data.staff(school, Role.ATTENDANCE_CHAMPION, "Attendance champion");
    }

    private List<Delivery> rows(String eventKey) {
        return jdbc.query("select id from notification where event_key = ? order by recipient", (rs, i) ->
                rs.getObject(1, UUID.class), eventKey).stream().map(this::delivery).toList();
    }

    private Delivery delivery(UUID id) {
        return jdbc.queryForObject("select * from notification where id = ?", (rs, i) -> new Delivery(id,
                rs.getString("recipient"), NotificationKind.valueOf(rs.getString("kind")), rs.getString("template"),
                org.rejoin.notification.DeliveryState.valueOf(rs.getString("state")), rs.getInt("attempts"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("next_attempt_at").toInstant(), null,
                rs.getString("last_error")), id);
    }

    private static Map<String, Object> model() {
        return Map.of("place", "Test School", "agency", "Riverside Early Help", "decision", "ACCEPTED",
                "link", "http://localhost/cases/x");
    }

    static class SenderStopped extends RuntimeException {
    }
}
