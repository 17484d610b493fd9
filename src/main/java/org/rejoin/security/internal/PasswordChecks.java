package org.rejoin.security.internal;

import org.rejoin.security.FieldProblem;

/** The password rules, for the security module's services outside this package, answering beside a field. */
public final class PasswordChecks {

    private PasswordChecks() {
    }

    public static void check(String field, String password) {
        try {
            PasswordPolicy.check(password);
        } catch (IllegalArgumentException e) {
            throw new FieldProblem(field, e.getMessage());
        }
    }
}
