package org.rejoin.security;

import java.util.Optional;
import org.rejoin.security.internal.InvitationAcceptance;
import org.springframework.stereotype.Service;

/**
 * The invited person's side of an invitation: who a link is for, and choosing a password with it. Nobody is
 * signed in here; the link's token is the only key, and it works once, before it expires.
 */
@Service
public class Invitations {

    private final InvitationAcceptance acceptance;

    Invitations(InvitationAcceptance acceptance) {
        this.acceptance = acceptance;
    }

    /** The person a live link is for; empty for a link that is unknown, used, withdrawn or expired. */
    public Optional<StaffAccount> invitedBy(String token) {
        return acceptance.invitedBy(token);
    }

    /** Sets the password and uses up the link; refuses (as a {@link FieldProblem}) a weak or mistyped password. */
    public StaffAccount choosePassword(String token, String password, String repeated) {
        return acceptance.choosePassword(token, password, repeated);
    }
}
