package org.rejoin.security.internal;

import java.util.Optional;
import org.rejoin.security.AuditTrail;
import org.rejoin.security.FieldProblem;
import org.rejoin.security.StaffAccount;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
public class InvitationAcceptance {

    private final StaffStore store;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;

    InvitationAcceptance(StaffStore store, PasswordEncoder passwords, AuditTrail audit) {
        this.store = store;
        this.passwords = passwords;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Optional<StaffAccount> invitedBy(String token) {
        return token == null || token.isBlank() ? Optional.empty() : store.invited(InvitationTokens.hash(token));
    }

    @Transactional
    public StaffAccount choosePassword(String token, String password, String repeated) {
        StaffAccount account = invitedBy(token).orElseThrow(() -> new FieldProblem(null, LINK_GONE));
        try {
            PasswordPolicy.check(password);
        } catch (IllegalArgumentException e) {
            throw new FieldProblem("password", e.getMessage());
        }
        if (!password.equals(repeated)) {
            throw new FieldProblem("repeated", "The two passwords are not the same");
        }
        if (!store.usePassword(InvitationTokens.hash(token), account.id(), passwords.encode(password))) {
            throw new FieldProblem(null, LINK_GONE);
        }
        audit.record(account.email(), "INVITATION_ACCEPTED", "app_user", account.id(), null);
        return account;
    }

    static final String LINK_GONE = "This link has expired or has already been used. Ask your school's "
            + "administrator for a new one.";
}
