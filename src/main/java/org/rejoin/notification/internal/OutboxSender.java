package org.rejoin.notification.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends what the outbox holds, a batch at a time: claim (with a lease), render, hand to the SMTP server, mark
 * sent. A refused or unreachable server puts the row back with a doubling wait until its attempts run out
 * (then FAILED, shown on the incidents page). Every instance may run this: claiming skips locked rows.
 * <p>
 * The crash window: if the process stops after the SMTP server accepted a message and before it is marked
 * sent, the row keeps its lease and is sent again once the lease runs out: at most one duplicate per crash,
 * with the same Message-ID, so mail clients that de-duplicate show it once.
 * <p>
 * It runs on the app's clock (docs/decisions/0011), as the outbox writes its rows: what is due is decided against
 * the same "now" that dated the row, and the sent time an administrator reads is the app's. In the embedded run the
 * engine's clock may run ahead of the wall clock (a process test travelling); a sender on the wall clock would then
 * leave rows written at the app's now waiting.
 */
@Component
public class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final Outbox outbox;
    private final MailTemplates templates;
    private final JavaMailSender mail;
    private final NotificationProperties properties;
    private final Links links;
    private final Preferences preferences;
    private final Clock clock;
    /** Runs between the SMTP server's acceptance and the mark; tests stop the sender here. */
    Consumer<UUID> afterAccepted = id -> { };

    OutboxSender(Outbox outbox, MailTemplates templates, JavaMailSender mail, NotificationProperties properties,
                 Links links, Preferences preferences, Clock clock) {
        this.outbox = outbox;
        this.templates = templates;
        this.mail = mail;
        this.properties = properties;
        this.links = links;
        this.preferences = preferences;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${rejoin.notifications.send-every:PT5S}", initialDelayString = "PT10S")
    void sendNow() {
        try {
            while (sendDueNow() == properties.batchSize()) {
                // a full batch: there may be more
            }
        } catch (RuntimeException e) {
            log.warn("The notification sender's pass failed; the next pass tries again", e);
        }
    }

    /** One pass as of the app's now (docs/decisions/0011); returns how many rows it claimed. */
    public int sendDueNow() {
        return sendDue(Instant.now(clock));
    }

    /** One pass as of {@code now}: sends what is due; returns how many rows it claimed. */
    public int sendDue(Instant now) {
        var batch = outbox.claimDue(now, now.plus(properties.lease()), properties.batchSize());
        for (Outbox.Pending pending : batch) {
            send(pending, now);
        }
        return batch.size();
    }

    private void send(Outbox.Pending pending, Instant now) {
        try {
            mail.send(message(pending));
        } catch (MessagingException | RuntimeException e) { // refused, unreachable, or not renderable
            boolean lastTry = pending.attempts() >= properties.maxAttempts();
            Instant retryAt = lastTry ? null : now.plus(properties.backoffAfter(pending.attempts()));
            outbox.markFailed(pending.id(), e.getMessage(), retryAt);
            if (lastTry) {
                log.error("Notification {} to {} failed after {} attempts: {}", pending.id(), pending.recipient(),
                        pending.attempts(), e.getMessage());
            } else {
                log.info("Notification {} not sent (attempt {}), next try at {}: {}", pending.id(),
                        pending.attempts(), retryAt, e.getMessage());
            }
            return;
        }
        afterAccepted.accept(pending.id());
        outbox.markSent(pending.id(), now);
    }

    private MimeMessage message(Outbox.Pending pending) throws MessagingException {
        Map<String, Object> model = new HashMap<>(pending.model());
        model.put("settings", links.to("/notifications"));
        String unsubscribe = null;
        if (pending.kind().isChoosable()) {
            unsubscribe = links.to("/notifications/unsubscribe/"
                    + preferences.unsubscribeToken(pending.recipient(), pending.kind()));
        }
        model.put("unsubscribe", unsubscribe);
        var rendered = templates.render(pending.template(), model);
        MimeMessage message = mail.createMimeMessage();
        var helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(properties.sender());
        helper.setTo(pending.recipient());
        helper.setSubject(rendered.subject());
        helper.setText(rendered.text(), rendered.html());
        message.setHeader("X-Rejoin-Notification", pending.id().toString());
        if (unsubscribe != null) { // RFC 8058 one-click unsubscribe, RFC 2369 List-Unsubscribe
            message.setHeader("List-Unsubscribe", "<" + unsubscribe + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        message.saveChanges();
        message.setHeader("Message-ID", "<" + pending.id() + "@rejoin.notification>"); // after saveChanges
        return message;
    }
}
