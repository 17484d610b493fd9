package org.rejoin.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.rejoin.notification.Delivery;
import org.rejoin.notification.DeliveryState;
import org.rejoin.notification.NotificationKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The emails as administrators see them, newest first, paged in the database. */
@Component
public class DeliveryLog {

    private static final String COLUMNS = "id, recipient, kind, template, state, attempts, created_at, "
            + "next_attempt_at, sent_at, last_error";

    private final JdbcTemplate jdbc;

    DeliveryLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Delivery> newest(int limit, long offset) {
        return jdbc.query("select " + COLUMNS + " from notification order by created_at desc, id limit ? offset ?",
                DeliveryLog::delivery, limit, offset);
    }

    public long count() {
        return jdbc.queryForObject("select count(*) from notification", Long.class);
    }

    public List<Delivery> failed(int limit, long offset) {
        return jdbc.query("select " + COLUMNS + " from notification where state = 'FAILED' "
                + "order by created_at desc limit ? offset ?", DeliveryLog::delivery, limit, offset);
    }

    public long failedCount() {
        return jdbc.queryForObject("select count(*) from notification where state = 'FAILED'", Long.class);
    }

    public List<Delivery> of(String eventKeyPrefix) {
        return jdbc.query("select " + COLUMNS + " from notification where event_key like ? order by created_at, id",
                DeliveryLog::delivery, eventKeyPrefix.replace("%", "\\%") + "%");
    }

    private static Delivery delivery(ResultSet rs, int row) throws SQLException {
        return new Delivery(rs.getObject("id", UUID.class), rs.getString("recipient"),
                NotificationKind.valueOf(rs.getString("kind")), rs.getString("template"),
                DeliveryState.valueOf(rs.getString("state")), rs.getInt("attempts"), instant(rs, "created_at"),
                instant(rs, "next_attempt_at"), instant(rs, "sent_at"), rs.getString("last_error"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
