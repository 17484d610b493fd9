package org.rejoin.security.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The password columns of an account, for changing a password. */
@Component
public class PasswordStore {

    private final JdbcTemplate jdbc;

    PasswordStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> hashOf(UUID userId) {
        return jdbc.queryForList("select password_hash from app_user where id = ? and enabled", String.class, userId)
                .stream().findFirst();
    }

    public void setPassword(UUID userId, String hash) {
        jdbc.update("update app_user set password_hash = ?, password_set = true, must_change_password = false, "
                + "password_changed_at = now() where id = ?", hash, userId);
    }

    /** The account was given its password by someone else (the deployment's first administrator). */
    public void requireChange(UUID userId) {
        jdbc.update("update app_user set must_change_password = true where id = ?", userId);
    }

    public boolean mustChange(String username) {
        return Boolean.TRUE.equals(jdbc.query("select must_change_password from app_user where lower(username) = lower(?)",
                rs -> rs.next() && rs.getBoolean(1), username));
    }
}
