package org.rejoin.security.internal;

import org.rejoin.security.AuditTrail;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Records every sign-in and every failed attempt in the audit trail. */
@Component
class SignInAudit {

    private final AuditTrail audit;

    SignInAudit(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        audit.record(event.getAuthentication().getName(), "SIGN_IN", null, null,
                org.rejoin.security.SecondFactor.isPending(event.getAuthentication())
                        ? "password accepted; code from the authenticator app asked" : null);
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        audit.record(String.valueOf(event.getAuthentication().getName()), "SIGN_IN_FAILED", null, null,
                event.getException().getClass().getSimpleName());
    }
}
