package org.rejoin.security;

import java.util.UUID;
import org.rejoin.security.internal.SchoolSignInStore;
import org.rejoin.security.internal.SignInProviders;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a school's staff sign in: with their school's own account (Microsoft Entra ID, Google Workspace) and, unless
 * the school turned it off, with a Rejoin password. Changed by that school's administrator or a system administrator;
 * anyone else finds no such school, and the attempt is audited.
 */
@Service
public class SchoolSignIn {

    private final SchoolSignInStore store;
    private final SignInProviders providers;
    private final AuditTrail audit;

    SchoolSignIn(SchoolSignInStore store, SignInProviders providers, AuditTrail audit) {
        this.store = store;
        this.providers = providers;
        this.audit = audit;
    }

    /** The school-account providers this deployment offers, as their buttons name them ("Microsoft or Google"). */
    public String providerNames() {
        return providers.names();
    }

    /** Whether this deployment offers sign-in with a school account at all; without it passwords cannot be turned off. */
    public boolean schoolAccountsOffered() {
        return providers.any();
    }

    @Transactional(readOnly = true)
    public boolean passwordSignIn(UserAccount admin, UUID schoolId) {
        AdminScope.requireSchool(admin, schoolId, audit);
        return store.passwordSignIn(schoolId);
    }

    /**
     * Turns Rejoin passwords on or off for the school's staff. Off needs a school-account provider configured, or no
     * one of the school could sign in at all. Sessions already open stay open until they end.
     */
    @Transactional
    public void setPasswordSignIn(UserAccount admin, UUID schoolId, boolean allowed) {
        AdminScope.requireSchool(admin, schoolId, audit);
        if (!allowed && !providers.any()) {
            throw new FieldProblem("passwordSignIn", "Rejoin has no school account sign-in configured (Microsoft or "
                    + "Google), so passwords must stay on. Ask the operator: docs/operating/sign-in.md");
        }
        store.setPasswordSignIn(schoolId, allowed, admin.username());
        audit.record(admin.username(), allowed ? "PASSWORD_SIGN_IN_ON" : "PASSWORD_SIGN_IN_OFF", "school", schoolId,
                allowed ? "staff may sign in with a Rejoin password" : "staff sign in with their school account only");
    }
}
