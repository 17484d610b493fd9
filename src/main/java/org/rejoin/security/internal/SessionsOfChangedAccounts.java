package org.rejoin.security.internal;

import java.util.Locale;
import org.rejoin.security.AccountDeactivated;
import org.rejoin.security.AccountRoleChanged;
import org.rejoin.security.AuditTrail;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A deactivated account, or one whose role changed, has its open sessions ended at once: their next request
 * (a click, a Vaadin heartbeat) finds the session expired and leads to the sign-in page, so an open view cannot
 * go on acting with the old role.
 */
@Component
public class SessionsOfChangedAccounts {

    private final SessionRegistry sessions;
    private final AuditTrail audit;

    SessionsOfChangedAccounts(SessionRegistry sessions, AuditTrail audit) {
        this.sessions = sessions;
        this.audit = audit;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void deactivated(AccountDeactivated event) {
        end(event.username(), "account deactivated");
    }

    @TransactionalEventListener(fallbackExecution = true)
    void roleChanged(AccountRoleChanged event) {
        end(event.username(), "role changed from " + event.from() + " to " + event.to());
    }

    /** Ends every session of this person; returns how many were open. */
    public int end(String username, String why) {
        String name = username.toLowerCase(Locale.ROOT);
        int ended = 0;
        for (Object principal : sessions.getAllPrincipals()) {
            String principalName = principal instanceof UserDetails user ? user.getUsername()
                    : principal instanceof org.springframework.security.core.AuthenticatedPrincipal signedIn
                    ? signedIn.getName() : String.valueOf(principal); // a school account's sign-in (OIDC)
            if (principalName.toLowerCase(Locale.ROOT).equals(name)) {
                for (SessionInformation session : sessions.getAllSessions(principal, false)) {
                    session.expireNow();
                    ended++;
                }
            }
        }
        if (ended > 0) {
            audit.record(username, "SESSIONS_ENDED", null, null, ended + " open; " + why);
        }
        return ended;
    }
}
