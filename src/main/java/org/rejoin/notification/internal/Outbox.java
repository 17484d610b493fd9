package org.rejoin.notification.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rejoin.notification.DeliveryState;
import org.rejoin.notification.NotificationKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notification table: one row per (event, person), so an event heard twice writes nothing more. The
 * sender claims due rows with a lease ({@code for update skip locked}, so two instances never claim one row);
 * a row whose sender died keeps its lease until it runs out and is then claimed again (docs: the crash window).
 */
@Component
public class Outbox {

    /**
     * A model entry that is a secret (an invitation's one-time link): kept only until the email has gone, so a
     * sent row never holds a working link; a failed row keeps it for an administrator's "send again".
     */
    static final String SECRET_LINK = "secretLink";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = "id, event_key, recipient, kind, template, model, attempts";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    Outbox(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Writes the row unless this event already has one for this person; true if written. It is created, and due to
     * be sent, at the app's "now".
     */
    boolean enqueue(String eventKey, String recipient, NotificationKind kind, String template,
                    Map<String, Object> model, DeliveryState state) {
        Timestamp now = ts(Instant.now(clock));
        return jdbc.update("""
                insert into notification (id, event_key, recipient, kind, template, model, state, created_at,
                                          next_attempt_at)
                values (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?) on conflict (event_key, recipient) do nothing""",
                UUID.randomUUID(), eventKey, recipient, kind.name(), template, json(model), state.name(), now,
                now) == 1;
    }

    /** Takes up to {@code limit} rows due at {@code now} (queued, or sending with a lease run out) for this sender. */
    @Transactional
    List<Pending> claimDue(Instant now, Instant leaseUntil, int limit) {
        return jdbc.query("""
                update notification set state = 'SENDING', lease_until = ?, attempts = attempts + 1
                where id in (select id from notification
                             where state in ('QUEUED', 'SENDING') and next_attempt_at <= ?
                               and (state = 'QUEUED' or lease_until <= ?)
                             order by next_attempt_at limit ? for update skip locked)
                returning""" + " " + COLUMNS, Outbox::pending, ts(leaseUntil), ts(now), ts(now), limit);
    }

    void markSent(UUID id, Instant at) {
        jdbc.update("update notification set state = 'SENT', sent_at = ?, lease_until = null, last_error = null, "
                + "model = model - '" + SECRET_LINK + "' where id = ? and state = 'SENDING'", ts(at), id);
    }

    /** Back to the queue until {@code retryAt}, or FAILED when {@code retryAt} is null (no attempts left). */
    void markFailed(UUID id, String error, Instant retryAt) {
        String message = error == null ? "unknown error" : error.length() > 1000 ? error.substring(0, 1000) : error;
        jdbc.update("update notification set state = ?, next_attempt_at = coalesce(?, next_attempt_at), "
                        + "lease_until = null, last_error = ? where id = ? and state = 'SENDING'",
                retryAt == null ? "FAILED" : "QUEUED", ts(retryAt), message, id);
    }

    /** An administrator sends a failed email again: back to the queue with a fresh count of attempts. */
    public boolean requeue(UUID id) {
        return jdbc.update("update notification set state = 'QUEUED', attempts = 0, next_attempt_at = ? "
                + "where id = ? and state = 'FAILED'", ts(Instant.now(clock)), id) == 1;
    }

    List<String> recipientsWithHeld() {
        return jdbc.queryForList("select distinct recipient from notification where state = 'HELD'", String.class);
    }

    List<Pending> heldFor(String recipient) {
        return jdbc.query("select " + COLUMNS + " from notification where state = 'HELD' and recipient = ? "
                + "order by created_at, id for update skip locked", Outbox::pending, recipient);
    }

    void markDigested(List<UUID> ids, UUID digestId) {
        jdbc.batchUpdate("update notification set state = 'DIGESTED', digest_id = ? where id = ? and state = 'HELD'",
                ids, 500, (ps, id) -> {
                    ps.setObject(1, digestId);
                    ps.setObject(2, id);
                });
    }

    UUID idOf(String eventKey, String recipient) {
        return jdbc.queryForObject("select id from notification where event_key = ? and recipient = ?", UUID.class,
                eventKey, recipient);
    }

    /** A row as the sender and the digest use it. */
    record Pending(UUID id, String eventKey, String recipient, NotificationKind kind, String template,
                   Map<String, Object> model, int attempts) {
    }

    private static Pending pending(ResultSet rs, int row) throws SQLException {
        return new Pending(rs.getObject("id", UUID.class), rs.getString("event_key"), rs.getString("recipient"),
                NotificationKind.valueOf(rs.getString("kind")), rs.getString("template"), map(rs.getString("model")),
                rs.getInt("attempts"));
    }

    static String json(Map<String, Object> model) {
        try {
            return JSON.writeValueAsString(model);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("A notification's model must be plain values", e);
        }
    }

    private static Map<String, Object> map(String json) {
        try {
            return JSON.readValue(json, new TypeReference<Map<String, Object>>() { });
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Unreadable notification model", e);
        }
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
