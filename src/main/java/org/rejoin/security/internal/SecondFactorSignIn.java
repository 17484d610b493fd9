package org.rejoin.security.internal;

import java.util.function.Predicate;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Password sign-in for someone who must also give a code: the accepted password yields a {@link SecondFactorPending}
 * rather than their role. Sign-in with a school's own account never passes here (its provider does the second factor).
 */
class SecondFactorSignIn implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final Predicate<String> codeRequired;

    SecondFactorSignIn(AuthenticationProvider passwords, Predicate<String> codeRequired) {
        this.passwords = passwords;
        this.codeRequired = codeRequired;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        Authentication signedIn = passwords.authenticate(attempt);
        if (signedIn != null && codeRequired.test(signedIn.getName())) {
            return new SecondFactorPending(signedIn);
        }
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
