package org.rejoin.security.internal;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * A person signed in with their school's account: the provider's ID token, but the name and the role are those of
 * their Rejoin account, so every page and service sees the same person as after a password sign-in.
 */
final class SchoolAccountUser extends DefaultOidcUser {

    private final String username;

    SchoolAccountUser(Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken, String username) {
        super(authorities, idToken);
        this.username = username;
    }

    @Override
    public String getName() {
        return username;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SchoolAccountUser that && super.equals(that) && username.equals(that.username);
    }

    @Override
    public int hashCode() {
        return super.hashCode() * 31 + username.hashCode();
    }
}
