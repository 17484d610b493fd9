package org.rejoin.security.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.rejoin.security.AuditTrail;
import org.rejoin.security.SchoolEmailDomains;
import org.rejoin.security.UserAccount;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Who may come in with a school account (Microsoft Entra ID, Google Workspace): only the holder of an active Rejoin
 * account whose sign-in name is the email the provider vouches for, verified. The role and the school are
 * Rejoin's, never the provider's. A Google Workspace sign-in must also carry the {@code hd} claim of the person's
 * school's domain (or, for someone of no school, of their email's domain). Everyone else is refused and audited.
 * Only the ID token is read, after Spring Security has checked its signature, issuer, audience and nonce.
 */
@Component
class SchoolAccountSignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final AppUserRepository users;
    private final SchoolEmailDomains schoolDomains;
    private final SingleSignOnProperties settings;
    private final AuditTrail audit;

    SchoolAccountSignIn(AppUserRepository users, SchoolEmailDomains schoolDomains, SingleSignOnProperties settings,
                        AuditTrail audit) {
        this.users = users;
        this.schoolDomains = schoolDomains;
        this.settings = settings;
        this.audit = audit;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcIdToken token = request.getIdToken();
        String provider = request.getClientRegistration().getRegistrationId();
        String email = token.getEmail() == null ? "" : token.getEmail().strip();
        if (email.isEmpty()) {
            throw refused(provider, "", "the provider gave no email address");
        }
        if (!emailVerified(token)) {
            throw refused(provider, email, "the provider has not verified the email address");
        }
        UserAccount account = users.findByUsername(email).filter(AppUser::enabled).map(AppUser::toAccount)
                .orElseThrow(() -> refused(provider, email, "no active Rejoin account"));
        if (settings.isGoogleWorkspace(provider)) {
            String expected = expectedDomain(account);
            String hd = token.getClaimAsString("hd");
            if (hd == null || !hd.equalsIgnoreCase(expected)) {
                throw refused(provider, email, "Google Workspace domain " + (hd == null ? "(none)" : hd)
                        + " is not " + expected);
            }
        }
        var role = new SimpleGrantedAuthority("ROLE_" + account.role().name());
        return new SchoolAccountUser(List.of(role), token, account.username());
    }

    /**
     * Google's {@code email_verified}; Microsoft Entra ID sends it only as {@code xms_edov} (an optional claim: the
     * email's domain is verified as the tenant's own) and a single-tenant issuer already limits who can sign in.
     */
    private static boolean emailVerified(OidcIdToken token) {
        if (Boolean.TRUE.equals(token.getEmailVerified())) {
            return true;
        }
        Object edov = token.getClaim("xms_edov");
        return Boolean.TRUE.equals(edov) || "true".equalsIgnoreCase(String.valueOf(edov))
                || "1".equals(String.valueOf(edov));
    }

    private String expectedDomain(UserAccount account) {
        String emailDomain = account.username().substring(account.username().indexOf('@') + 1).toLowerCase(Locale.ROOT);
        return Optional.ofNullable(account.schoolId()).flatMap(schoolDomains::of).orElse(emailDomain);
    }

    private SchoolAccountRefused refused(String provider, String email, String reason) {
        String actor = email.isEmpty() ? "(no email)" : email.substring(0, Math.min(email.length(), 120));
        audit.record(actor, "SIGN_IN_REFUSED", null, null, provider + ": " + reason);
        return new SchoolAccountRefused(email, reason);
    }
}
