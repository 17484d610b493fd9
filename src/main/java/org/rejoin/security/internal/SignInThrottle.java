package org.rejoin.security.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.rejoin.security.AuditTrail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts failed password sign-ins per name typed and per client address, and says until when the next attempt
 * must wait. Names are counted whether or not an account has them, so a locked or delayed answer never tells
 * which names exist. Times are passed in, so tests need not wait for them.
 */
@Component
public class SignInThrottle {

    static final String ACCOUNT = "ACCOUNT";
    static final String ADDRESS = "ADDRESS";

    private final JdbcTemplate jdbc;
    private final SignInProperties settings;
    private final AuditTrail audit;

    SignInThrottle(JdbcTemplate jdbc, SignInProperties settings, AuditTrail audit) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.audit = audit;
    }

    /** Until when an attempt for this name from this address is refused without looking at the password. */
    public Optional<Instant> refusedUntil(String name, String address, Instant at) {
        Instant now = micros(at);
        Instant until = null;
        for (var row : jdbc.query("select kind, failures, last_failure, locked_until from sign_in_throttle "
                        + "where (kind = ? and subject = ?) or (kind = ? and subject = ?)",
                (rs, n) -> new Row(rs.getString(1), rs.getInt(2), rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant()),
                ACCOUNT, subject(name), ADDRESS, subject(address))) {
            Instant rowUntil = row.refusedUntil(settings, now);
            if (rowUntil != null && (until == null || rowUntil.isAfter(until))) {
                until = rowUntil;
            }
        }
        return Optional.ofNullable(until);
    }

    /** A wrong password (or an unknown name): counted for both, and the name locked once it has failed too often. */
    public void failed(String name, String address, Instant at) {
        Instant now = micros(at);
        count(ADDRESS, address, now);
        int failures = count(ACCOUNT, name, now);
        if (failures == settings.lockAfter()) {
            Instant until = now.plus(settings.lockFor());
            jdbc.update("update sign_in_throttle set locked_until = ? where kind = ? and subject = ?",
                    Timestamp.from(until), ACCOUNT, subject(name));
            audit.record(subject(name), "SIGN_IN_LOCKED", "app_user", accountId(name).orElse(null),
                    failures + " failed attempts; locked until " + until + " (last from " + address + ")");
        }
        forgetOld(now);
    }

    /** The name signed in: its failures are forgotten (the address's are not: others may share it). */
    public void succeeded(String name, Instant at) {
        jdbc.update("delete from sign_in_throttle where kind = ? and subject = ?", ACCOUNT, subject(name));
        forgetOld(micros(at));
    }

    /** Names typed and client addresses are personal data: kept no longer than they count. */
    private void forgetOld(Instant now) {
        jdbc.update("delete from sign_in_throttle where last_failure < ? and (locked_until is null or locked_until < ?)",
                Timestamp.from(now.minus(settings.forgetAfter())), Timestamp.from(now));
    }

    /** An administrator unlocked the name; true if it was locked. */
    public boolean unlock(String name, Instant now) {
        return jdbc.update("delete from sign_in_throttle where kind = ? and subject = ? and locked_until > ?",
                ACCOUNT, subject(name), Timestamp.from(now)) > 0;
    }

    private int count(String kind, String subject, Instant now) {
        Timestamp at = Timestamp.from(now);
        Integer failures = jdbc.queryForObject("""
                insert into sign_in_throttle as t (kind, subject, failures, last_failure) values (?, ?, 1, ?)
                on conflict (kind, subject) do update set
                    failures = case when t.last_failure < ? or t.locked_until <= ? then 1 else t.failures + 1 end,
                    locked_until = case when t.locked_until <= ? then null else t.locked_until end,
                    last_failure = excluded.last_failure
                returning failures""", Integer.class, kind, subject(subject), at,
                Timestamp.from(now.minus(settings.forgetAfter())), at, at);
        return failures == null ? 0 : failures;
    }

    private Optional<UUID> accountId(String name) {
        return jdbc.query("select id from app_user where lower(username) = ?", (rs, n) -> rs.getObject(1, UUID.class),
                subject(name)).stream().findFirst();
    }

    /** PostgreSQL keeps microseconds and rounds the rest, which could put a failure just after "now". */
    private static Instant micros(Instant at) {
        return at.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    static String subject(String value) {
        String s = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return s.length() > 200 ? s.substring(0, 200) : s;
    }

    private record Row(String kind, int failures, Instant lastFailure, Instant lockedUntil) {

        Instant refusedUntil(SignInProperties settings, Instant now) {
            if (lockedUntil != null) {
                return lockedUntil.isAfter(now) ? lockedUntil : null;
            }
            if (lastFailure.isBefore(now.minus(settings.forgetAfter()))) {
                return null;
            }
            int free = ACCOUNT.equals(kind) ? settings.freeFailuresPerAccount() : settings.freeFailuresPerAddress();
            if (failures < free) {
                return null;
            }
            Instant next = lastFailure.plus(settings.delayAfter(failures, free));
            return next.isAfter(now) ? next : null;
        }
    }
}
