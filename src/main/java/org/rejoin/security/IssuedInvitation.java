package org.rejoin.security;

import java.time.Instant;
import java.util.UUID;

/**
 * A one-time link that lets an invited person choose their password. The link is shown once, to the
 * administrator who asked for it, and published in {@link InvitationIssued}; only a hash of it is kept.
 */
public record IssuedInvitation(UUID accountId, String email, String displayName, String link, Instant expiresAt) {
}
