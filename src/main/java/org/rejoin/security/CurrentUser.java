package org.rejoin.security;

import java.util.Optional;
import org.rejoin.security.internal.UserLookup;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The person behind the current request, read from Spring Security and the user table. */
@Component
public class CurrentUser {

    private final UserLookup users;

    CurrentUser(UserLookup users) {
        this.users = users;
    }

    public Optional<UserAccount> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        // a password accepted with the code still awaited is nobody yet, whatever a page asks (issue 21)
        if (authentication == null || !authentication.isAuthenticated() || SecondFactor.isPending(authentication)) {
            return Optional.empty();
        }
        return users.findByUsername(authentication.getName());
    }

    /** For services: an unauthenticated call is a programming error, never a silent empty result. */
    public UserAccount require() {
        return get().orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }
}
