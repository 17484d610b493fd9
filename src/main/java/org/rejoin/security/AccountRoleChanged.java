package org.rejoin.security;

import java.util.UUID;

/** An account's role changed: what the person may reach changed, so their open sessions end. */
public record AccountRoleChanged(UUID accountId, String username, Role from, Role to, String changedBy) {
}
