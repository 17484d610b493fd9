package org.rejoin.security.internal;

import java.util.function.Predicate;
import org.rejoin.security.AuditTrail;
import org.springframework.stereotype.Component;

/**
 * Whether a person who gave the right password may use it: not if their school signs in with its own accounts only.
 * Asked only after the password matched, so a guesser learns nothing about which schools turned passwords off.
 */
@Component
class PasswordSignInOfSchools implements Predicate<String> {

    private final AppUserRepository users;
    private final SchoolSignInStore schools;
    private final AuditTrail audit;

    PasswordSignInOfSchools(AppUserRepository users, SchoolSignInStore schools, AuditTrail audit) {
        this.users = users;
        this.schools = schools;
        this.audit = audit;
    }

    @Override
    public boolean test(String username) {
        boolean allowed = users.findByUsername(username).map(user -> schools.passwordSignIn(user.toAccount().schoolId()))
                .orElse(true);
        if (!allowed) {
            audit.record(username, "SIGN_IN_REFUSED", null, null, "password sign-in is off for the school");
        }
        return allowed;
    }
}
