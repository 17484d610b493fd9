package org.rejoin.security;

import java.time.Instant;

/** One line of the audit trail: who did what to which record, when. */
public record AuditEvent(long id, Instant occurredAt, String actor, String action, String subjectType,
                         String subjectId, String detail) {
}
