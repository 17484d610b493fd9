package org.rejoin.security.internal;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.rejoin.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.session.HttpSessionEventPublisher;

@Configuration
@EnableMethodSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    /**
     * Everything from Rejoin itself. Vaadin Flow needs script-src 'unsafe-inline' 'unsafe-eval' and style-src
     * 'unsafe-inline' (its bootstrap script is inline and its client engine builds functions from what the server
     * sends; Vaadin's "Content Security Policy" guide); charts and diagrams draw with data: and blob: images.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";
    /** No camera, microphone, location, payment or the like: Rejoin uses none of them. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "serial=(), bluetooth=(), magnetometer=(), gyroscope=(), accelerometer=()";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessions, SessionProperties session,
                                            org.rejoin.security.AuditTrail audit,
                                            org.springframework.beans.factory.ObjectProvider<
                                                    org.springframework.security.oauth2.client.registration
                                                            .ClientRegistrationRepository> registrations,
                                            SchoolAccountSignIn schoolAccounts) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/styles/**", "/images/**").permitAll());
        http.headers(headers -> headers
                .referrerPolicy(policy -> policy.policy(
                        org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .addHeaderWriter(new org.springframework.security.web.header.writers.StaticHeadersWriter(
                        "Permissions-Policy", PERMISSIONS_POLICY)));
        var providers = registrations.getIfAvailable(); // none configured: password sign-in only
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
            vaadin.loginView(LoginView.class);
            if (providers != null) {
                vaadin.oauth2LoginPage("/login");
                // signing out of Rejoin signs out at the provider too (where it offers that), so the next person at a
                // shared staff-room computer is not let in as the last one. Set as the handler itself: with a login
                // view as well, Vaadin would otherwise prefer the view's plain redirect for everyone.
                vaadin.logoutSuccessHandler(signOutAtTheProviderToo(providers));
            }
        });
        if (providers != null) {
            SingleSignOnLogin.configure(http, providers, schoolAccounts);
        }
        http.formLogin(form -> form.failureHandler(SecurityConfiguration::signInFailed));
        // every signed-in session is registered, so a deactivation or a role change can end it (issue 21)
        http.sessionManagement(management -> management.maximumSessions(-1).sessionRegistry(sessions)
                .expiredSessionStrategy(SecurityConfiguration::sessionEnded));
        http.addFilterBefore(new SessionLifetimeFilter(session.absoluteLifetime(), java.time.Clock.systemUTC(), audit),
                org.springframework.security.web.context.SecurityContextHolderFilter.class);
        // a password accepted, the code still awaited: nothing but the code page (issue 21, second factor)
        http.addFilterBefore(new SecondFactorGate(),
                org.springframework.security.web.access.intercept.AuthorizationFilter.class);
        return http.build();
    }

    /**
     * A session ended by an administrator's change: a page request goes to the sign-in page; Vaadin's own requests
     * are told the session expired, so the open view reloads into the sign-in page rather than acting on.
     */
    private static void sessionEnded(org.springframework.security.web.session.SessionInformationExpiredEvent event)
            throws java.io.IOException {
        var request = event.getRequest();
        var response = event.getResponse();
        if (request.getParameter("v-r") != null) {
            response.setContentType("application/json; charset=UTF-8");
            response.getWriter().write(com.vaadin.flow.server.VaadinService.createSessionExpiredJSON(false));
        } else {
            response.sendRedirect(request.getContextPath() + "/login");
        }
    }

    /** A school-account sign-in ends at its provider, which sends the person back; a password sign-in goes to the login page. */
    private static org.springframework.security.web.authentication.logout.LogoutSuccessHandler signOutAtTheProviderToo(
            org.springframework.security.oauth2.client.registration.ClientRegistrationRepository providers) {
        var handler = new org.springframework.security.oauth2.client.oidc.web.logout
                .OidcClientInitiatedLogoutSuccessHandler(providers);
        handler.setRedirectStrategy(new com.vaadin.flow.spring.security.UidlRedirectStrategy());
        handler.setPostLogoutRedirectUri("{baseUrl}/login?signed-out");
        handler.setDefaultTargetUrl("/login");
        return handler;
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when a session ends by time-out or sign-out, so it keeps no dead entries. */
    @Bean
    static org.springframework.boot.web.servlet.ServletListenerRegistrationBean<HttpSessionEventPublisher>
            httpSessionEventPublisher() {
        return new org.springframework.boot.web.servlet.ServletListenerRegistrationBean<>(new HttpSessionEventPublisher());
    }

    /** The same answer for a wrong password and an unknown name; another while the throttle makes people wait. */
    private static void signInFailed(jakarta.servlet.http.HttpServletRequest request,
                                     jakarta.servlet.http.HttpServletResponse response,
                                     org.springframework.security.core.AuthenticationException failure)
            throws java.io.IOException {
        String query = failure instanceof ThrottledPasswordSignIn.SignInRefusedForNow ? "?error=wait"
                : failure instanceof ThrottledPasswordSignIn.PasswordSignInTurnedOff ? "?error=school-account"
                : "?error";
        response.sendRedirect(request.getContextPath() + "/login" + query);
    }

    /** Password sign-in, throttled per name and per client address, then a code for the widest access (issue 21). */
    @Bean
    org.springframework.security.authentication.AuthenticationProvider passwordSignIn(UserDetailsService users,
            PasswordEncoder encoder, SignInThrottle throttle, PasswordSignInOfSchools schools,
            SecondFactorPolicy secondFactor) {
        return new SecondFactorSignIn(
                new ThrottledPasswordSignIn(users, encoder, throttle, java.time.Clock.systemUTC(), schools),
                secondFactor::requiredFor);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(AppUserRepository users) {
        return username -> users.findByUsername(username)
                .map(user -> User.withUsername(user.username())
                        .password(user.passwordHash())
                        .roles(user.role().name())
                        .disabled(!user.enabled())
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }
}
