package org.rejoin.security;

import java.util.UUID;

/**
 * An account can no longer sign in. Published inside the deactivation's transaction so that the steps the
 * person held go back to their groups at once, in the same transaction (the inbox listens).
 */
public record AccountDeactivated(UUID accountId, String username, UUID schoolId, String deactivatedBy) {
}
