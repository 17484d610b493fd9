package org.rejoin.security;

import java.time.Instant;
import java.util.UUID;

/**
 * An invitation link was issued (a first invitation or a new link). Until Rejoin sends email itself the
 * administrator passes the link on; a notification module can listen for this and email it to {@code email}.
 */
public record InvitationIssued(UUID accountId, String email, String displayName, UUID schoolId, String link,
                               Instant expiresAt, String issuedBy) {
}
