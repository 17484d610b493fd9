package org.rejoin.security.internal;

import java.util.Locale;
import java.util.Set;

/** Refuses passwords that are short or that ship with software, as the first admin's must not. */
final class PasswordPolicy {

    static final int MINIMUM_LENGTH = 12;
    private static final Set<String> WELL_KNOWN = Set.of("admin", "administrator", "password", "changeme",
            "change-me", "rejoin", "rejoin-demo", "secret", "letmein", "123456789012", "password1234", "adminadmin12");

    private PasswordPolicy() {
    }

    static void check(String password) {
        if (password == null || password.length() < MINIMUM_LENGTH) {
            throw new IllegalArgumentException("A password needs at least " + MINIMUM_LENGTH + " characters");
        }
        if (isWellKnown(password)) {
            throw new IllegalArgumentException("That password is a well-known default; choose another");
        }
    }

    static boolean isWellKnown(String password) {
        return WELL_KNOWN.contains(password.toLowerCase(Locale.ROOT));
    }
}
