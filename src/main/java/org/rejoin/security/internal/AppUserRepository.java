package org.rejoin.security.internal;

import java.util.Optional;
import java.util.UUID;
import org.rejoin.security.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AppUserRepository extends JpaRepository<AppUser, UUID> {

    @Query("select u from AppUser u where lower(u.username) = lower(?1)")
    Optional<AppUser> findByUsername(String username);

    /** {@code lowerCaseNames} already in lower case. */
    @Query("select u from AppUser u where lower(u.username) in ?1")
    java.util.List<AppUser> findByLowerCaseUsernames(java.util.Collection<String> lowerCaseNames);

    Page<AppUser> findBySchoolIdAndRoleInAndEnabledTrueAndDisplayNameContainingIgnoreCase(UUID schoolId,
            java.util.Collection<Role> roles, String name, Pageable page);

    Page<AppUser> findByAgencyIdAndEnabledTrueAndDisplayNameContainingIgnoreCase(UUID agencyId, String name,
            Pageable page);

    Optional<AppUser> findByIdAndSchoolIdAndEnabledTrue(UUID id, UUID schoolId);

    java.util.List<AppUser> findBySchoolIdAndRoleAndEnabledTrue(UUID schoolId, Role role);

    java.util.List<AppUser> findByAgencyIdAndRoleAndEnabledTrue(UUID agencyId, Role role);

    Optional<AppUser> findByIdAndAgencyIdAndEnabledTrue(UUID id, UUID agencyId);
}
