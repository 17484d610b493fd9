package org.rejoin.security.internal;

import java.util.EnumSet;
import java.util.Set;
import org.rejoin.security.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The second factor ({@code rejoin.security.second-factor}): whether people with the widest access who sign in with a
 * password must also give a code from an authenticator app ({@code required}, on unless a deployment turns it off;
 * the embedded demo run turns it off), which roles those are (designated safeguarding leads always, whatever their
 * role), and the name the app shows beside the account ({@code issuer}).
 */
@ConfigurationProperties("rejoin.security.second-factor")
public record SecondFactorProperties(Boolean required, Set<Role> roles, String issuer) {

    public SecondFactorProperties {
        required = required == null || required;
        roles = roles == null || roles.isEmpty()
                ? Set.copyOf(EnumSet.of(Role.ADMIN, Role.SCHOOL_ADMIN, Role.LOCAL_AUTHORITY, Role.LEADER))
                : Set.copyOf(roles);
        issuer = issuer == null || issuer.isBlank() ? "Rejoin" : issuer;
    }
}
