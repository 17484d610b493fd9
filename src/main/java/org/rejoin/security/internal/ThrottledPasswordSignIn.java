package org.rejoin.security.internal;

import java.time.Clock;
import java.util.function.Predicate;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
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
    private final Predicate<String> passwordAllowed;

    ThrottledPasswordSignIn(UserDetailsService users, PasswordEncoder encoder, SignInThrottle throttle, Clock clock) {
        this(users, encoder, throttle, clock, name -> true);
    }

    /** {@code passwordAllowed}: asked once the password matched; false when the person's school turned passwords off. */
    ThrottledPasswordSignIn(UserDetailsService users, PasswordEncoder encoder, SignInThrottle throttle, Clock clock,
                            Predicate<String> passwordAllowed) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.clock = clock;
        this.passwordAllowed = passwordAllowed;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String name = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "";
        if (throttle.refusedUntil(name, address, clock.instant()).isPresent()) {
            throw new SignInRefusedForNow();
        }
        Authentication signedIn;
        try {
            signedIn = passwords.authenticate(attempt);
        } catch (AuthenticationException e) {
            throttle.failed(name, address, clock.instant());
            throw e;
        }
        // the right password, so telling its owner how their school signs in reveals nothing to a guesser
        if (!passwordAllowed.test(signedIn.getName())) {
            throw new PasswordSignInTurnedOff();
        }
        throttle.succeeded(name, clock.instant());
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** The person's school signs in with its own accounts only (issue 21): the page says so, and which. */
    static final class PasswordSignInTurnedOff extends DisabledException {
        PasswordSignInTurnedOff() {
            super("Password sign-in is turned off for this school");
        }
    }

    /** Too many recent failures for this name or address; a locked-account event, so the attempt is audited. */
    static final class SignInRefusedForNow extends LockedException {
        SignInRefusedForNow() {
            super("Too many failed sign-ins: wait before trying again");
        }
    }
}
