package org.rejoin.security;

import java.util.Optional;
import java.util.UUID;

/**
 * A signed-in person and what they may reach: staff see their school, partners their agency, local
 * authority officers the figures of their authority's schools, administrators manage users but see no pupils.
 */
public record UserAccount(UUID id, String username, String displayName, String jobTitle, Role role,
                          UUID schoolId, UUID agencyId, String localAuthority) {

    /** Anyone but a local authority officer, who alone belongs to an authority. */
    public UserAccount(UUID id, String username, String displayName, String jobTitle, Role role, UUID schoolId,
                       UUID agencyId) {
        this(id, username, displayName, jobTitle, role, schoolId, agencyId, null);
    }

    public Optional<UUID> school() {
        return Optional.ofNullable(schoolId);
    }

    public Optional<UUID> agency() {
        return Optional.ofNullable(agencyId);
    }

    public boolean isStaffOf(UUID school) {
        return role.belongsToSchool() && school != null && school.equals(schoolId);
    }

    public boolean hasRole(Role candidate) {
        return role == candidate;
    }
}
