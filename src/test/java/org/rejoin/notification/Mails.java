package org.rejoin.notification;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.rejoin.notification.internal.DemoMailServer;
import org.rejoin.notification.internal.DemoMailServer.DemoMail;
import org.rejoin.notification.internal.OutboxSender;

/**
 * The test run's SMTP server is the embedded run's own (GreenMail inside the JVM); each test writes to people
 * of its own, so it reads only their mail. Waiting calls the sender's pass itself rather than waiting for its
 * schedule (the scheduled pass runs too; claiming with skip-locked keeps them from sending one row twice).
 */
public final class Mails {

    public static final Duration WAIT = Duration.ofSeconds(60);

    private Mails() {
    }

    public static List<DemoMail> to(String person) {
        return DemoMailServer.received().stream().filter(m -> m.to().equalsIgnoreCase(person)).toList();
    }

    /** Waits until {@code person} has received at least {@code count} emails; returns them all. */
    public static List<DemoMail> awaitMails(OutboxSender sender, String person, int count) {
        return await().atMost(WAIT).pollInterval(Duration.ofMillis(300)).until(() -> {
            sender.sendDueNow();
            return to(person);
        }, mails -> mails.size() >= count);
    }

    /** Waits until {@code person} has received an email with this subject start; returns it. */
    public static DemoMail awaitMail(OutboxSender sender, String person, String subjectStart) {
        return await().atMost(WAIT).pollInterval(Duration.ofMillis(300)).until(() -> {
            sender.sendDueNow();
            return to(person).stream().filter(m -> m.subject().startsWith(subjectStart)).findFirst();
        }, java.util.Optional::isPresent).orElseThrow();
    }

    /** Everything an email shows a reader: subject, both parts, headers. */
    public static String whole(DemoMail mail) {
        return String.join("\n", mail.subject(), String.valueOf(mail.text()), String.valueOf(mail.html()),
                String.valueOf(mail.listUnsubscribe()));
    }
}
