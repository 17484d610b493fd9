package org.rejoin.security.internal;

import java.util.List;
import org.rejoin.security.SecondFactor;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A password accepted, the code not yet given: the session holds this, with no role, until the person gives a code
 * from their authenticator app (or a recovery code); then {@link #signedIn()}, with their real role, replaces it.
 */
public final class SecondFactorPending extends AbstractAuthenticationToken {

    private final Authentication signedIn;

    SecondFactorPending(Authentication signedIn) {
        super(List.of(new SimpleGrantedAuthority(SecondFactor.PENDING)));
        this.signedIn = signedIn;
        setDetails(signedIn.getDetails());
        setAuthenticated(true);
    }

    /** The sign-in with the person's role, for once the code is given. */
    public Authentication signedIn() {
        return signedIn;
    }

    @Override
    public Object getPrincipal() {
        return signedIn.getPrincipal();
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public void eraseCredentials() {
        super.eraseCredentials();
        if (signedIn instanceof CredentialsContainer container) {
            container.eraseCredentials();
        }
    }
}
