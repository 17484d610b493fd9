package org.rejoin.security;

import java.util.UUID;

/** What it takes to create a user; the password arrives in plain text and is stored only as a bcrypt hash. */
public record NewUser(String username, String displayName, String jobTitle, Role role, UUID schoolId, UUID agencyId,
                      String localAuthority, String password) {

    /** Anyone but a local authority officer. */
    public NewUser(String username, String displayName, String jobTitle, Role role, UUID schoolId, UUID agencyId,
                   String password) {
        this(username, displayName, jobTitle, role, schoolId, agencyId, null, password);
    }

    /** A local authority officer, who oversees the figures of every school of that authority. */
    public static NewUser localAuthorityOfficer(String username, String displayName, String jobTitle,
                                                String localAuthority, String password) {
        return new NewUser(username, displayName, jobTitle, Role.LOCAL_AUTHORITY, null, null, localAuthority, password);
    }
}
