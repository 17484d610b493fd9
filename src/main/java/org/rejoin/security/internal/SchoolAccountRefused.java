package org.rejoin.security.internal;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/** The provider vouched for someone Rejoin does not let in: no active account with that verified email, or the wrong domain. */
final class SchoolAccountRefused extends OAuth2AuthenticationException {

    static final String ERROR_CODE = "rejoin_no_account";

    private final String email;

    SchoolAccountRefused(String email, String reason) {
        super(new OAuth2Error(ERROR_CODE, reason, null), reason);
        this.email = email;
    }

    /** The address the provider gave, as the person will recognise it; blank when it gave none. */
    String email() {
        return email;
    }
}
