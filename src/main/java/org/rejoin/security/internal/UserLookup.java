package org.rejoin.security.internal;

import java.util.Optional;
import org.rejoin.security.UserAccount;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Finds users for the security layer; kept apart so {@code CurrentUser} needs no repository. */
@Component
public class UserLookup {

    private final AppUserRepository users;

    UserLookup(AppUserRepository users) {
        this.users = users;
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> findByUsername(String username) {
        return users.findByUsername(username).filter(AppUser::enabled).map(AppUser::toAccount);
    }
}
