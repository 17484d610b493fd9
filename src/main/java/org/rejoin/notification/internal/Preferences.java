package org.rejoin.notification.internal;

import java.security.SecureRandom;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.rejoin.notification.DeliveryMode;
import org.rejoin.notification.NotificationKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Each person's choice per kind (at once unless they chose otherwise), and the unguessable one-click
 * unsubscribe token per person and kind. Safeguarding is always at once, whatever is stored.
 */
@Component
public class Preferences {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;

    Preferences(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public DeliveryMode modeFor(String username, NotificationKind kind) {
        if (!kind.isChoosable()) {
            return DeliveryMode.IMMEDIATE;
        }
        return jdbc.queryForList("select mode from notification_preference where lower(username) = lower(?) "
                        + "and kind = ?", String.class, username, kind.name())
                .stream().findFirst().map(DeliveryMode::valueOf).orElse(DeliveryMode.IMMEDIATE);
    }

    public Map<NotificationKind, DeliveryMode> of(String username) {
        Map<NotificationKind, DeliveryMode> modes = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            if (kind.isChoosable()) {
                modes.put(kind, DeliveryMode.IMMEDIATE);
            }
        }
        jdbc.query("select kind, mode from notification_preference where lower(username) = lower(?)", rs -> {
            NotificationKind kind = NotificationKind.valueOf(rs.getString(1));
            if (kind.isChoosable()) {
                modes.put(kind, DeliveryMode.valueOf(rs.getString(2)));
            }
        }, username);
        return modes;
    }

    public void set(String username, NotificationKind kind, DeliveryMode mode) {
        if (!kind.isChoosable()) {
            throw new IllegalArgumentException(kind.label() + " cannot be changed");
        }
        jdbc.update("insert into notification_preference (username, kind, mode) values (?, ?, ?) "
                + "on conflict (username, kind) do update set mode = excluded.mode", username, kind.name(), mode.name());
    }

    /** The person's token for this kind, made on first use. */
    public String unsubscribeToken(String username, NotificationKind kind) {
        String fresh = HexFormat.of().formatHex(bytes());
        jdbc.update("insert into notification_unsubscribe (token, username, kind) values (?, ?, ?) "
                + "on conflict (username, kind) do nothing", fresh, username, kind.name());
        return jdbc.queryForObject("select token from notification_unsubscribe where username = ? and kind = ?",
                String.class, username, kind.name());
    }

    /** Switches the kind off for the token's owner; what was switched off, or empty for an unknown token. */
    public Optional<NotificationKind> unsubscribe(String token) {
        var found = jdbc.query("select username, kind from notification_unsubscribe where token = ?",
                (rs, i) -> new String[] {rs.getString(1), rs.getString(2)}, token);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        NotificationKind kind = NotificationKind.valueOf(found.get(0)[1]);
        set(found.get(0)[0], kind, DeliveryMode.OFF);
        return Optional.of(kind);
    }

    private static byte[] bytes() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
