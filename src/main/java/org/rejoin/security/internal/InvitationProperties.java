package org.rejoin.security.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Invitation links: the address people reach Rejoin at (the links start with it) and how long a link works.
 * Set {@code rejoin.security.invitation.base-url} (REJOIN_SECURITY_INVITATION_BASEURL) in a real deployment.
 */
@ConfigurationProperties("rejoin.security.invitation")
record InvitationProperties(String baseUrl, Duration validFor) {

    InvitationProperties {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.strip();
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        validFor = validFor == null ? Duration.ofDays(7) : validFor;
    }
}
