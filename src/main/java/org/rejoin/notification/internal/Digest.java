package org.rejoin.notification.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.rejoin.notification.DeliveryState;
import org.rejoin.notification.NotificationKind;
import org.rejoin.pupil.SchoolService;
import org.rejoin.security.UserAccount;
import org.rejoin.security.UserService;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily digest, at the set time: everyone with held notifications gets one email listing them, on their
 * school's school days (a partner or officer: on weekdays); held items wait for the next school day. The digest
 * is queued and its items marked in one transaction, once per person and day. One instance runs each tick.
 */
@Component
public class Digest {

    private final Outbox outbox;
    private final UserService users;
    private final SchoolService schools;
    private final NotificationProperties properties;
    private final Clock clock;
    private final TransactionTemplate transactions;

    Digest(Outbox outbox, UserService users, SchoolService schools, NotificationProperties properties,
           TransactionTemplate transactions, Clock clock) {
        this.outbox = outbox;
        this.users = users;
        this.schools = schools;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(cron = "${rejoin.notifications.digest-cron:0 0 16 * * MON-FRI}",
            zone = "${rejoin.notifications.zone:Europe/London}")
    @SchedulerLock(name = "notification-digest", lockAtLeastFor = "PT30S")
    public void tick() {
        send(Instant.now(clock));
    }

    /** The digests as of {@code now}; how many were queued. */
    public int send(Instant now) {
        LocalDate today = now.atZone(properties.zone()).toLocalDate();
        int queued = 0;
        for (String recipient : outbox.recipientsWithHeld()) {
            if (isWorkingDay(recipient, today)) {
                Boolean done = transactions.execute(tx -> digest(recipient, today));
                queued += Boolean.TRUE.equals(done) ? 1 : 0;
            }
        }
        return queued;
    }

    private boolean digest(String recipient, LocalDate today) {
        List<Outbox.Pending> held = outbox.heldFor(recipient);
        if (held.isEmpty()) {
            return false;
        }
        List<Map<String, Object>> items = new ArrayList<>();
        for (Outbox.Pending item : held) {
            Map<String, Object> line = new HashMap<>(item.model());
            line.put("template", item.template());
            items.add(line);
        }
        String eventKey = "digest:" + today + ":" + UUID.randomUUID();
        outbox.enqueue(eventKey, recipient, NotificationKind.DIGEST, "digest", Map.of("items", items),
                DeliveryState.QUEUED);
        outbox.markDigested(held.stream().map(Outbox.Pending::id).toList(), outbox.idOf(eventKey, recipient));
        return true;
    }

    /** A school day of the person's school; for people of no school, a weekday. */
    boolean isWorkingDay(String username, LocalDate day) {
        var school = users.findByUsername(username).flatMap(UserAccount::school);
        if (school.isPresent()) {
            return schools.calendar(school.get()).isSchoolDay(day);
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
