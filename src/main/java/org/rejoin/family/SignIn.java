package org.rejoin.family;

import java.util.Optional;

/** The answer to a one-time link: a session, or why not (each refusal has its own clear page). */
public record SignIn(FamilySession session, Refusal refusal) {

    public enum Refusal { UNKNOWN, USED, EXPIRED, WITHDRAWN }

    public static SignIn of(FamilySession session) {
        return new SignIn(session, null);
    }

    public static SignIn refused(Refusal refusal) {
        return new SignIn(null, refusal);
    }

    public Optional<FamilySession> signedIn() {
        return Optional.ofNullable(session);
    }
}
