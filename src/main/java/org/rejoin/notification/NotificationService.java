package org.rejoin.notification;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.rejoin.notification.internal.DeliveryLog;
import org.rejoin.notification.internal.ImmediateMail;
import org.rejoin.notification.internal.Outbox;
import org.rejoin.notification.internal.Preferences;
import org.rejoin.security.AuditTrail;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Notifications as people see them: each person's choices per kind, one-click unsubscribe, and for
 * administrators every email's delivery state and the ones given up on (the incidents page), sent again on request.
 */
@Service
public class NotificationService {

    private final Preferences preferences;
    private final DeliveryLog log;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final ImmediateMail immediate;

    NotificationService(Preferences preferences, DeliveryLog log, Outbox outbox, AuditTrail audit,
                        ImmediateMail immediate) {
        this.immediate = immediate;
        this.preferences = preferences;
        this.log = log;
        this.outbox = outbox;
        this.audit = audit;
    }

    public Map<NotificationKind, DeliveryMode> preferences(UserAccount user) {
        return preferences.of(user.username());
    }

    public void choose(UserAccount user, NotificationKind kind, DeliveryMode mode) {
        preferences.set(user.username(), kind, mode);
        audit.record(user.username(), "NOTIFICATION_PREFERENCE", "notification_preference", null,
                kind.name() + "=" + mode.name());
    }

    /** One-click unsubscribe (no sign-in: the token is the proof); what was switched off, if the token is known. */
    public Optional<NotificationKind> unsubscribe(String token) {
        return token == null || token.isBlank() ? Optional.empty() : preferences.unsubscribe(token.strip());
    }

    /**
     * Sends one email at once, never through the outbox, with "link" set to Rejoin's address of {@code path}: for
     * one-time sign-in links, which must be kept nowhere but in the recipient's mailbox. Throws if the SMTP server
     * refuses, so the caller can undo and say so.
     */
    public void sendAtOnce(String to, String template, Map<String, Object> model, String path) {
        immediate.send(to, template, model, path);
    }

    public List<Delivery> deliveries(UserAccount admin, int limit, long offset) {
        requireAdmin(admin);
        return log.newest(limit, offset);
    }

    public long deliveryCount(UserAccount admin) {
        requireAdmin(admin);
        return log.count();
    }

    /** Emails given up on after their last attempt, newest first: administrators only, none for anyone else. */
    public List<Delivery> undelivered(UserAccount user, int limit, long offset) {
        return user.hasRole(Role.ADMIN) ? log.failed(limit, offset) : List.of();
    }

    public long undeliveredCount(UserAccount user) {
        return user.hasRole(Role.ADMIN) ? log.failedCount() : 0;
    }

    /** Puts a failed email back in the queue with fresh attempts; false if it was not failed. */
    public boolean sendAgain(UserAccount admin, UUID notificationId) {
        requireAdmin(admin);
        boolean requeued = outbox.requeue(notificationId);
        audit.record(admin.username(), "NOTIFICATION_SENT_AGAIN", "notification", notificationId,
                requeued ? "queued" : "not failed");
        return requeued;
    }

    private static void requireAdmin(UserAccount user) {
        if (!user.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only administrators see deliveries");
        }
    }
}
