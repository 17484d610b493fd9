package org.rejoin.security;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Append-only record of who did what to whose data. Written in its own transaction so that a
 * refused or failed action is still recorded.
 */
@Component
public class AuditTrail {

    private final JdbcTemplate jdbc;

    AuditTrail(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String actor, String action, String subjectType, Object subjectId, String detail) {
        jdbc.update("insert into audit_event (actor, action, subject_type, subject_id, detail) values (?, ?, ?, ?, ?)",
                actor, action, subjectType, subjectId == null ? null : subjectId.toString(), truncate(detail));
    }

    /** One audited change to one record, for {@link #recordAll}. */
    public record Entry(Object subjectId, String detail) {
    }

    /**
     * Many changes of one kind made by one action (a file of staff invited), in one batch and in the caller's
     * transaction: they are audited exactly when they happen, and a refused file leaves no rows behind.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(String actor, String action, String subjectType, java.util.List<Entry> entries) {
        jdbc.batchUpdate("insert into audit_event (actor, action, subject_type, subject_id, detail) values (?, ?, ?, ?, ?)",
                entries.stream().map(e -> new Object[] {actor, action, subjectType,
                        e.subjectId() == null ? null : e.subjectId().toString(), truncate(e.detail())}).toList());
    }

    /** An attempt to reach a record outside the user's scope. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void deniedAccess(UserAccount user, String subjectType, Object subjectId) {
        record(user.username(), "ACCESS_DENIED", subjectType, subjectId, "out of scope for " + user.role());
    }

    /**
     * A change to someone's account that changes what they may reach: their role, or being (or no longer being)
     * their school's designated safeguarding lead. Called by whichever service makes the change.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void accountChanged(UserAccount asking, java.util.UUID userId, String change) {
        record(asking.username(), "ACCOUNT_CHANGED", "user", userId, change);
    }

    public long count(String action, String subjectType, Object subjectId) {
        Long n = jdbc.queryForObject("select count(*) from audit_event where action = ? and subject_type = ? and subject_id = ?",
                Long.class, action, subjectType, subjectId.toString());
        return n == null ? 0 : n;
    }

    private static String truncate(String detail) {
        return detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
    }
}
