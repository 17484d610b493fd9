package org.rejoin.security;

import java.time.LocalDate;

/**
 * What to look for in the audit trail; every part optional. {@code person}: the username who acted (exact,
 * case-insensitive); {@code record}: a record's id (a case, pupil, referral, step, document, user); the dates
 * are UK calendar days, inclusive.
 */
public record AuditQuery(String person, String record, LocalDate from, LocalDate to) {

    public static final AuditQuery ALL = new AuditQuery(null, null, null, null);

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
