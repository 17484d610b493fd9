package org.rejoin.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;

/**
 * Sign-in with a school's own account (OpenID Connect, authorization code with PKCE), added to the filter chain
 * only when a deployment configures a provider. Who may come in is {@link SchoolAccountSignIn}'s decision; a refusal
 * leads to a page that says so, naming the address the provider gave.
 */
final class SingleSignOnLogin {

    /** Where a refused person is sent; the address refused waits in the session for that page. */
    static final String REFUSED_PAGE = "/sign-in-refused";

    private SingleSignOnLogin() {
    }

    static void configure(HttpSecurity http, ClientRegistrationRepository registrations, SchoolAccountSignIn accounts)
            throws Exception {
        var requests = new DefaultOAuth2AuthorizationRequestResolver(registrations,
                OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        // PKCE for confidential clients too (Entra ID and Google accept it): a stolen code is worthless alone
        requests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        // Rejoin's own sign-in page offers the providers; said here too, so Spring's generated page never appears
        http.oauth2Login(login -> login.loginPage("/login")
                .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(requests))
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(accounts))
                .failureHandler(SingleSignOnLogin::failed));
    }

    private static void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        if (failure instanceof SchoolAccountRefused refused) {
            request.getSession().setAttribute(SignInProviders.REFUSED_EMAIL, refused.email());
            response.sendRedirect(request.getContextPath() + REFUSED_PAGE);
        } else {
            // the provider's own error, or the person cancelled there
            response.sendRedirect(request.getContextPath() + "/login?error=provider");
        }
    }
}
