package org.rejoin.security;

import java.util.EnumSet;
import java.util.Optional;
import java.util.UUID;
import org.rejoin.security.internal.UserStore;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/** Creating and finding users, always within what the asking user may see. */
@Service
public class UserService {

    private final UserStore store;

    UserService(UserStore store) {
        this.store = store;
    }

    public UserAccount create(NewUser user) {
        return store.create(user);
    }

    /**
     * An account of the embedded run's made-up demo data: the one kind that may have the published demo password
     * (every other account refuses it, as a well-known password).
     */
    public UserAccount createDemo(NewUser user) {
        return store.createDemo(user);
    }

    public boolean anyUserExists() {
        return store.count() > 0;
    }

    public Optional<UserAccount> findByUsername(String username) {
        return store.findByUsername(username);
    }

    /**
     * The names of these accounts (usernames as kept in answers), lower-case username to display name, in one
     * query: for lists that name many people at once. Unknown usernames are left out.
     */
    public java.util.Map<String, String> displayNames(java.util.Collection<String> usernames) {
        return store.displayNames(usernames);
    }

    /** Everyone, for administrators only. */
    public Page<UserAccount> allUsers(UserAccount asking, Pageable page) {
        if (!asking.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only administrators list all users");
        }
        return store.all(page);
    }

    /** Colleagues a task can be handed to: staff of the same school, or partners of the same agency. */
    /** Colleagues whose name contains {@code name} (case-insensitive), filtered in SQL. */
    public Page<UserAccount> colleagues(UserAccount asking, String name, Pageable page) {
        if (asking.schoolId() != null) {
            return store.staffOfSchool(asking.schoolId(),
                    EnumSet.of(Role.ATTENDANCE_CHAMPION, Role.SCHOOL_STAFF, Role.LEADER), name, page);
        }
        if (asking.agencyId() != null) {
            return store.partnersOfAgency(asking.agencyId(), name, page);
        }
        return Page.empty(page);
    }

    /**
     * The enabled people of one role at a school, or the enabled partners of an agency: whom a step offered to
     * that group reaches (notifications). No user asks, so nothing is scoped.
     */
    public java.util.List<UserAccount> membersOf(UUID schoolId, UUID agencyId, Role role) {
        return store.membersOf(schoolId, agencyId, role);
    }

    /** A colleague of the same school or agency, or empty for anyone else. */
    public Optional<UserAccount> colleague(UserAccount asking, UUID colleagueId) {
        return store.colleague(asking, colleagueId);
    }
}
