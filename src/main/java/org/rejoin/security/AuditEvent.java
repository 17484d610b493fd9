package org.rejoin.security;

import java.time.Instant;

/**
 * One line of the audit trail: who did what to which record, when. {@code actor} is the account's username as
 * recorded; {@code actorName} the person's name, read with the line (null for Rejoin itself or an unknown name).
 */
public record AuditEvent(long id, Instant occurredAt, String actor, String action, String subjectType,
                         String subjectId, String detail, String actorName) {

    /** "Maya Smith (maya.smith@school.example)": in an audit trail the account is the point, so both. */
    public String who() {
        return actorName == null ? actor : actorName + " (" + actor + ")";
    }
}
