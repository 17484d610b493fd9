package org.rejoin.security.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The second_factor tables (V93): each person's secret, and their recovery codes as hashes. */
@Component
public class SecondFactorStore {

    /** One person's authenticator secret; {@code confirmed} once they gave a first code from it. */
    public record Secret(UUID userId, String secret, boolean confirmed, Long lastStep) {
    }

    public record RecoveryCode(UUID id, String hash) {
    }

    private final JdbcTemplate jdbc;

    SecondFactorStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UUID> userId(String username) {
        return jdbc.queryForList("select id from app_user where username = ?", UUID.class, username).stream().findFirst();
    }

    public Optional<UUID> schoolOf(UUID userId) {
        return jdbc.query("select school_id from app_user where id = ?", (rs, n) -> Optional.ofNullable(
                rs.getObject(1, UUID.class)), userId).stream().findFirst().orElse(Optional.empty());
    }

    public boolean exists(UUID userId) {
        return !jdbc.queryForList("select 1 from app_user where id = ?", Integer.class, userId).isEmpty();
    }

    public Optional<Secret> secretOf(UUID userId) {
        return jdbc.query("select secret, confirmed_at is not null, last_time_step from second_factor where user_id = ?",
                (rs, n) -> new Secret(userId, rs.getString(1), rs.getBoolean(2), (Long) rs.getObject(3)), userId)
                .stream().findFirst();
    }

    /** Keeps an enrolment already begun, so reloading the page shows the same QR code. */
    public void beginEnrolment(UUID userId, String secret) {
        jdbc.update("insert into second_factor (user_id, secret) values (?, ?) on conflict (user_id) do nothing",
                userId, secret);
    }

    public void confirm(UUID userId, long step, List<String> recoveryCodeHashes, Instant at) {
        jdbc.update("update second_factor set confirmed_at = ?, last_time_step = ? where user_id = ?",
                Timestamp.from(at), step, userId);
        jdbc.update("delete from second_factor_recovery_code where user_id = ?", userId);
        jdbc.batchUpdate("insert into second_factor_recovery_code (id, user_id, code_hash) values (?, ?, ?)",
                recoveryCodeHashes.stream().map(h -> new Object[] {UUID.randomUUID(), userId, h}).toList());
    }

    /** False when another request took this step first (the same code, twice at once). */
    public boolean useStep(UUID userId, long step) {
        return jdbc.update("update second_factor set last_time_step = ? where user_id = ? "
                + "and (last_time_step is null or last_time_step < ?)", step, userId, step) == 1;
    }

    public List<RecoveryCode> unusedRecoveryCodes(UUID userId) {
        return jdbc.query("select id, code_hash from second_factor_recovery_code where user_id = ? and used_at is null",
                (rs, n) -> new RecoveryCode(rs.getObject(1, UUID.class), rs.getString(2)), userId);
    }

    /** False when it was used already (by another request at the same moment). */
    public boolean useRecoveryCode(UUID codeId, Instant at) {
        return jdbc.update("update second_factor_recovery_code set used_at = ? where id = ? and used_at is null",
                Timestamp.from(at), codeId) == 1;
    }

    /** The person enrols again at their next sign-in. True if there was anything to forget. */
    public boolean forget(UUID userId) {
        jdbc.update("delete from second_factor_recovery_code where user_id = ?", userId);
        return jdbc.update("delete from second_factor where user_id = ?", userId) > 0;
    }
}
