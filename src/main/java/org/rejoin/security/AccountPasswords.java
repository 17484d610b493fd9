package org.rejoin.security;

import org.rejoin.security.internal.PasswordChecks;
import org.rejoin.security.internal.PasswordStore;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A signed-in person changes their own password, giving the current one first, so a session left open on a
 * shared computer cannot be used to take the account over. The new one is checked as every password is
 * (length, well-known defaults, the list of breached passwords). Audited, the failed attempts too.
 */
@Service
public class AccountPasswords {

    private final PasswordStore store;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;

    AccountPasswords(PasswordStore store, PasswordEncoder encoder, AuditTrail audit) {
        this.store = store;
        this.encoder = encoder;
        this.audit = audit;
    }

    @Transactional
    public void change(UserAccount person, String current, String chosen, String repeated) {
        String hash = store.hashOf(person.id()).orElseThrow(() -> new RecordNotFoundException("No such account"));
        if (current == null || !encoder.matches(current, hash)) {
            audit.record(person.username(), "PASSWORD_CHANGE_REFUSED", "app_user", person.id(), "current password wrong");
            throw new FieldProblem("current", "That is not your current password");
        }
        PasswordChecks.check("password", chosen);
        if (chosen.equals(current)) {
            throw new FieldProblem("password", "Choose a password different from your current one");
        }
        if (!chosen.equals(repeated)) {
            throw new FieldProblem("repeated", "The two passwords are not the same");
        }
        store.setPassword(person.id(), encoder.encode(chosen));
        audit.record(person.username(), "PASSWORD_CHANGED", "app_user", person.id(), null);
    }

    /** Whether this person must choose a new password before doing anything else (the first administrator). */
    public boolean mustChange(String username) {
        return username != null && store.mustChange(username);
    }
}
