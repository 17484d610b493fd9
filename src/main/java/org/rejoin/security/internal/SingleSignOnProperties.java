package org.rejoin.security.internal;

import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which of the OpenID Connect registrations ({@code spring.security.oauth2.client.registration.*}) are Google
 * Workspace ({@code rejoin.security.single-sign-on.google-workspace}, default {@code google}): a sign-in through them
 * must carry Google's {@code hd} claim naming the person's school's email domain, since the {@code hd} request
 * parameter is only a hint and any Gmail account could otherwise come through.
 */
@ConfigurationProperties("rejoin.security.single-sign-on")
record SingleSignOnProperties(Set<String> googleWorkspace) {

    SingleSignOnProperties {
        googleWorkspace = googleWorkspace == null ? Set.of("google") : Set.copyOf(googleWorkspace);
    }

    boolean isGoogleWorkspace(String registrationId) {
        return googleWorkspace.contains(registrationId);
    }
}
