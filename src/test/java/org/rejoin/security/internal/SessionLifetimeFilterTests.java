package org.rejoin.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.rejoin.security.AuditTrail;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** The absolute session lifetime, with the clock moved rather than waited for. */
class SessionLifetimeFilterTests {

    private final AuditTrail audit = mock(AuditTrail.class);

    @Test
    void aSessionOlderThanTenHoursIsEndedBeforeTheRequestGoesOnAsNobodys() throws Exception {
        var session = signedInSession();
        var chain = new MockFilterChain();
        filterAt(Instant.now().plus(Duration.ofHours(10)).plusSeconds(5)).doFilter(request(session),
                new MockHttpServletResponse(), chain);

        assertThat(session.isInvalid()).isTrue();
        assertThat(chain.getRequest()).as("the request goes on, and sign-in is asked for as for anyone").isNotNull();
        verify(audit).record("head@school.example", "SESSION_ENDED", null, null, "absolute lifetime of PT10H reached");
    }

    @Test
    void aBusySessionYoungerThanTheLifetimeGoesOn() throws Exception {
        var session = signedInSession();
        filterAt(Instant.now().plus(Duration.ofHours(9).plusMinutes(59))).doFilter(request(session),
                new MockHttpServletResponse(), new MockFilterChain());
        assertThat(session.isInvalid()).isFalse();
    }

    private SessionLifetimeFilter filterAt(Instant now) {
        return new SessionLifetimeFilter(Duration.ofHours(10), Clock.fixed(now, ZoneOffset.UTC), audit);
    }

    private static MockHttpSession signedInSession() {
        var session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated("head@school.example", null, java.util.List.of())));
        return session;
    }

    private static MockHttpServletRequest request(MockHttpSession session) {
        var request = new MockHttpServletRequest("GET", "/cases");
        request.setSession(session);
        return request;
    }
}
