package org.rejoin.security.internal;

import java.time.Clock;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in behind the throttle: an attempt that must still wait is refused before its password is looked at,
 * and a wrong password (or an unknown name: the same answer) counts against both the name and the client address.
 */
class ThrottledPasswordSignIn implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final Clock clock;

    ThrottledPasswordSignIn(UserDetailsService users, PasswordEncoder encoder, SignInThrottle throttle, Clock clock) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String name = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "";
        if (throttle.refusedUntil(name, address, clock.instant()).isPresent()) {
            throw new SignInRefusedForNow();
        }
        try {
            Authentication signedIn = passwords.authenticate(attempt);
            throttle.succeeded(name, clock.instant());
            return signedIn;
        } catch (AuthenticationException e) {
            throttle.failed(name, address, clock.instant());
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Too many recent failures for this name or address; a locked-account event, so the attempt is audited. */
    static final class SignInRefusedForNow extends LockedException {
        SignInRefusedForNow() {
            super("Too many failed sign-ins: wait before trying again");
        }
    }
}
