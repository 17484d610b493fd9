package org.rejoin.security;

import java.util.UUID;

/** A member of a school's staff as their administrator sees them. */
public record StaffAccount(UUID id, String email, String displayName, String jobTitle, Role role, UUID schoolId,
                           boolean safeguardingLead, AccountStatus status) {
}
