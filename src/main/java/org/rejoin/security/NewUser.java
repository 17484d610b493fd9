package org.rejoin.security;

import java.util.UUID;

/** What it takes to create a user; the password arrives in plain text and is stored only as a bcrypt hash. */
public record NewUser(String username, String displayName, String jobTitle, Role role, UUID schoolId, UUID agencyId,
                      String password) {
}
