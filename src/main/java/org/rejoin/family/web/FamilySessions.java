package org.rejoin.family.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.rejoin.family.FamilyService;
import org.rejoin.family.FamilySession;
import org.rejoin.family.internal.FamilyProperties;
import org.springframework.stereotype.Component;

/**
 * The family's session: one attribute of the HTTP session, apart from the staff sign-in (which it never reads or
 * grants). It ends after {@code rejoin.family.idle-timeout} without a request, on sign-out, or at once when the
 * member's invitation is withdrawn (checked on every request).
 */
@Component
class FamilySessions {

    static final String SESSION = "rejoin.family.session";
    static final String LAST_SEEN = "rejoin.family.lastSeen";

    private final FamilyProperties properties;
    private final FamilyService family;
    Clock clock = Clock.systemUTC();

    FamilySessions(FamilyProperties properties, FamilyService family) {
        this.properties = properties;
        this.family = family;
    }

    void start(HttpServletRequest request, FamilySession session) {
        request.getSession(true);
        request.changeSessionId(); // no session fixation: a new id once signed in
        HttpSession http = request.getSession();
        http.setAttribute(SESSION, session);
        http.setAttribute(LAST_SEEN, clock.instant());
    }

    /** The live family session of this request, touched; empty when there is none or it has ended. */
    Optional<FamilySession> current(HttpServletRequest request) {
        HttpSession http = request.getSession(false);
        if (http == null || !(http.getAttribute(SESSION) instanceof FamilySession session)) {
            return Optional.empty();
        }
        Instant lastSeen = (Instant) http.getAttribute(LAST_SEEN);
        Instant now = clock.instant();
        if (lastSeen == null || lastSeen.plus(properties.idleTimeout()).isBefore(now) || !family.stillInvited(session)) {
            end(request);
            return Optional.empty();
        }
        http.setAttribute(LAST_SEEN, now);
        return Optional.of(session);
    }

    void end(HttpServletRequest request) {
        HttpSession http = request.getSession(false);
        if (http != null) {
            http.removeAttribute(SESSION);
            http.removeAttribute(LAST_SEEN);
        }
    }
}
