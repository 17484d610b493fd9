package org.rejoin.security.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/**
 * The identity providers a deployment has configured for single sign-on, in the order configured; none means
 * password sign-in only. Spring Boot creates the registrations only when {@code spring.security.oauth2.client.*}
 * names at least one.
 */
@Component
public class SignInProviders {

    /** One "Sign in with ..." button: Spring Security starts the sign-in at {@link #startPath()}. */
    public record Provider(String registrationId, String name) {
        public String startPath() {
            return "oauth2/authorization/" + registrationId;
        }
    }

    /** Session attribute: the address a provider vouched for that Rejoin refused, for the page that says so. */
    public static final String REFUSED_EMAIL = "rejoin.signIn.refusedEmail";

    private final List<Provider> providers;

    SignInProviders(ObjectProvider<ClientRegistrationRepository> registrations) {
        var found = new ArrayList<Provider>();
        if (registrations.getIfAvailable() instanceof Iterable<?> all) {
            for (Object each : all) {
                ClientRegistration registration = (ClientRegistration) each;
                refuseMultiTenantIssuer(registration);
                found.add(new Provider(registration.getRegistrationId(), registration.getClientName()));
            }
        }
        this.providers = List.copyOf(found);
    }

    /**
     * Entra ID's shared issuers ({@code common}, {@code organizations}, {@code consumers}) would accept an account of
     * any tenant, or a personal one: only the school's or authority's own tenant is a place Rejoin can trust.
     */
    private static void refuseMultiTenantIssuer(ClientRegistration registration) {
        String issuer = registration.getProviderDetails().getIssuerUri();
        if (issuer != null
                && issuer.matches("https://login\\.microsoftonline\\.com/(common|organizations|consumers)(/.*)?")) {
            throw new IllegalStateException("Sign-in provider '" + registration.getRegistrationId() + "' uses the "
                    + "multi-tenant issuer " + issuer + ": set your tenant's own, "
                    + "https://login.microsoftonline.com/<tenant id>/v2.0 (docs/operating/sign-in.md)");
        }
    }

    public List<Provider> all() {
        return providers;
    }

    public boolean any() {
        return !providers.isEmpty();
    }

    /** "Microsoft", or "Microsoft or Google": how a school that signs in only with its accounts is described. */
    public String names() {
        return String.join(" or ", providers.stream().map(Provider::name).toList());
    }
}
