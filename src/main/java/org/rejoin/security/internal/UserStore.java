package org.rejoin.security.internal;

import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import org.rejoin.security.NewUser;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
public class UserStore {

    private final AppUserRepository users;
    private final PasswordEncoder passwords;

    UserStore(AppUserRepository users, PasswordEncoder passwords) {
        this.users = users;
        this.passwords = passwords;
    }

    @Transactional
    public UserAccount create(NewUser user) {
        validate(user);
        PasswordPolicy.check(user.password());
        return save(user);
    }

    /** A made-up account of the embedded run's demo data, which alone may carry the published demo password. */
    public UserAccount createDemo(NewUser user) {
        validate(user);
        PasswordPolicy.checkDemo(user.password());
        return save(user);
    }

    private UserAccount save(NewUser user) {
        var entity = new AppUser(user.username().trim(), user.displayName().trim(), user.jobTitle(),
                passwords.encode(user.password()), user.role(), user.schoolId(), user.agencyId(),
                user.localAuthority());
        return users.save(entity).toAccount();
    }

    public long count() {
        return users.count();
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> findByUsername(String username) {
        return users.findByUsername(username).map(AppUser::toAccount);
    }

    /** Display names by lower-case username, in one query. */
    public java.util.Map<String, String> displayNames(java.util.Collection<String> usernames) {
        var lower = usernames.stream().map(u -> u.toLowerCase(java.util.Locale.ROOT)).distinct().toList();
        return lower.isEmpty() ? java.util.Map.of() : users.findByLowerCaseUsernames(lower).stream()
                .map(AppUser::toAccount).collect(java.util.stream.Collectors.toMap(
                        a -> a.username().toLowerCase(java.util.Locale.ROOT), UserAccount::displayName, (a, b) -> a));
    }

    @Transactional(readOnly = true)
    public Page<UserAccount> all(Pageable page) {
        return users.findAll(page).map(AppUser::toAccount);
    }

    @Transactional(readOnly = true)
    public Page<UserAccount> staffOfSchool(UUID schoolId, Collection<Role> roles, String name, Pageable page) {
        return users.findBySchoolIdAndRoleInAndEnabledTrueAndDisplayNameContainingIgnoreCase(schoolId, roles,
                name == null ? "" : name, page).map(AppUser::toAccount);
    }

    /** An enabled colleague of the same school or agency, looked up by id in SQL. */
    @Transactional(readOnly = true)
    public Optional<UserAccount> colleague(UserAccount asking, UUID colleagueId) {
        if (asking.schoolId() != null) {
            return users.findByIdAndSchoolIdAndEnabledTrue(colleagueId, asking.schoolId()).map(AppUser::toAccount);
        }
        if (asking.agencyId() != null) {
            return users.findByIdAndAgencyIdAndEnabledTrue(colleagueId, asking.agencyId()).map(AppUser::toAccount);
        }
        return Optional.empty();
    }

    @Transactional(readOnly = true)
    public java.util.List<UserAccount> membersOf(UUID schoolId, UUID agencyId, Role role) {
        if (schoolId != null) {
            return users.findBySchoolIdAndRoleAndEnabledTrue(schoolId, role).stream().map(AppUser::toAccount).toList();
        }
        if (agencyId != null) {
            return users.findByAgencyIdAndRoleAndEnabledTrue(agencyId, role).stream().map(AppUser::toAccount).toList();
        }
        return java.util.List.of();
    }

    @Transactional(readOnly = true)
    public Page<UserAccount> partnersOfAgency(UUID agencyId, String name, Pageable page) {
        return users.findByAgencyIdAndEnabledTrueAndDisplayNameContainingIgnoreCase(agencyId, name == null ? "" : name,
                page).map(AppUser::toAccount);
    }

    private void validate(NewUser user) {
        if (user.username() == null || user.username().isBlank()) {
            throw new IllegalArgumentException("A user needs a username");
        }
        if (users.findByUsername(user.username().trim()).isPresent()) {
            throw new IllegalArgumentException("The username " + user.username() + " is already taken");
        }
        if (user.role().hasSchool() && (user.schoolId() == null || user.agencyId() != null)) {
            throw new IllegalArgumentException(user.role().label() + " users belong to a school and to no agency");
        }
        if (user.role() == Role.PARTNER && (user.agencyId() == null || user.schoolId() != null)) {
            throw new IllegalArgumentException("Partners belong to an agency and to no school");
        }
        if ((user.role() == Role.LOCAL_AUTHORITY) != (user.localAuthority() != null && !user.localAuthority().isBlank())) {
            throw new IllegalArgumentException("Local authority officers, and they alone, belong to a local authority");
        }
        if (user.role() == Role.LOCAL_AUTHORITY && (user.schoolId() != null || user.agencyId() != null)) {
            throw new IllegalArgumentException("Local authority officers belong to no school or agency");
        }
        if (user.role() == Role.ADMIN && (user.schoolId() != null || user.agencyId() != null)) {
            throw new IllegalArgumentException("Administrators belong to no school or agency");
        }
    }
}
