package org.rejoin.security;

import java.util.Optional;
import java.util.UUID;

/**
 * A signed-in person and what they may reach: staff see their school, partners their agency,
 * administrators manage users but see no pupils.
 */
public record UserAccount(UUID id, String username, String displayName, String jobTitle, Role role,
                          UUID schoolId, UUID agencyId) {

    public Optional<UUID> school() {
        return Optional.ofNullable(schoolId);
    }

    public Optional<UUID> agency() {
        return Optional.ofNullable(agencyId);
    }

    /** The school a leader leads; empty for everyone else, since school-wide figures are for leaders alone. */
    public Optional<UUID> schoolLed() {
        return role == Role.LEADER ? school() : Optional.empty();
    }

    public boolean isStaffOf(UUID school) {
        return role.belongsToSchool() && school != null && school.equals(schoolId);
    }

    public boolean hasRole(Role candidate) {
        return role == candidate;
    }
}
