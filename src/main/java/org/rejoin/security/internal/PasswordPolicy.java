package org.rejoin.security.internal;

import java.util.Locale;
import java.util.Set;

/**
 * Refuses passwords that are short, that ship with software (as the first admin's must not), or that are among the
 * passwords most often found in data breaches ({@link BreachedPasswords}).
 */
final class PasswordPolicy {

    static final int MINIMUM_LENGTH = 12;
    private static final Set<String> WELL_KNOWN = Set.of("admin", "administrator", "password", "changeme",
            "change-me", "rejoin", "rejoin-demo", "secret", "letmein", "123456789012", "password1234", "adminadmin12",
            PasswordPolicy.DEMO_PASSWORD);
    /** Printed in the README and on the console of every embedded run: only the made-up demo accounts may have it. */
    static final String DEMO_PASSWORD = "attend-demo-2026";

    private PasswordPolicy() {
    }

    /** A demo account's password: the one demo password, or any password a real account may have. */
    static void checkDemo(String password) {
        if (!DEMO_PASSWORD.equals(password)) {
            check(password);
        }
    }

    static void check(String password) {
        if (password == null || password.length() < MINIMUM_LENGTH) {
            throw new IllegalArgumentException("A password needs at least " + MINIMUM_LENGTH + " characters");
        }
        if (isWellKnown(password)) {
            throw new IllegalArgumentException("That password is a well-known default; choose another");
        }
        if (BreachedPasswords.contains(password)) {
            throw new IllegalArgumentException("That password is on a list of the passwords most often found in data "
                    + "breaches, so it would be guessed early; choose another");
        }
    }

    static boolean isWellKnown(String password) {
        return WELL_KNOWN.contains(password.toLowerCase(Locale.ROOT));
    }
}
