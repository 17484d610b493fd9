package org.rejoin.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.rejoin.security.AuditTrail;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session older than the absolute lifetime, before the security context is read from it, so the request
 * goes on as nobody's and the person signs in again. Counted from the session's start, which is no later than
 * the sign-in (the session's id changes at sign-in, its creation time does not).
 */
class SessionLifetimeFilter extends OncePerRequestFilter {

    private final Duration lifetime;
    private final Clock clock;
    private final AuditTrail audit;

    SessionLifetimeFilter(Duration lifetime, Clock clock, AuditTrail audit) {
        this.lifetime = lifetime;
        this.clock = clock;
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var session = request.getSession(false);
        if (session != null && Instant.ofEpochMilli(session.getCreationTime()).plus(lifetime).isBefore(clock.instant())) {
            Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            session.invalidate();
            if (context instanceof SecurityContext security && security.getAuthentication() != null) {
                audit.record(security.getAuthentication().getName(), "SESSION_ENDED", null, null,
                        "absolute lifetime of " + lifetime + " reached");
            }
        }
        chain.doFilter(request, response);
    }
}
