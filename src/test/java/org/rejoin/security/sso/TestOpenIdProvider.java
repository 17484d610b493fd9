package org.rejoin.security.sso;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * A real OpenID provider for the sign-in tests: Spring Authorization Server 1.5 on localhost, with its own sign-in
 * form, two clients (one plays a school's Entra ID tenant, one Google Workspace) that must use PKCE, and RP-initiated
 * sign-out. Its people are added by the test; the ID token carries the claims the test gave each person
 * ({@code email}, {@code email_verified}, and {@code hd} for the Google client only, as Google sends it).
 * Not a Spring component: the app's own component scan must not find it; it runs as an application of its own.
 */
@EnableWebSecurity
@ImportAutoConfiguration({ServletWebServerFactoryAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
        WebMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class, JacksonAutoConfiguration.class})
public class TestOpenIdProvider {

    static final String PASSWORD = "provider password";
    static final String SCHOOL_CLIENT = "rejoin-school";
    static final String GOOGLE_CLIENT = "rejoin-google";

    /** Each client's own secret: the provider refuses two clients sharing one. */
    static String secret(String clientId) {
        return "secret of " + clientId;
    }

    /** Claims of each person by their name at the provider, set by the test before they sign in. */
    static final Map<String, Map<String, Object>> CLAIMS = new ConcurrentHashMap<>();

    static ConfigurableApplicationContext start(int port, String appBaseUrl) {
        return new SpringApplicationBuilder(TestOpenIdProvider.class)
                .properties(Map.of("provider.app-base-url", appBaseUrl))
                // Rejoin's environment post-processor runs for every application in the JVM: external, so it starts
                // no database and engine for the provider, and the settings it checks, which the provider never uses
                .run("--server.port=" + port, "--spring.main.banner-mode=off", "--rejoin.mode=external",
                        "--spring.datasource.url=jdbc:postgresql://unused/none", "--spring.datasource.username=none",
                        "--spring.datasource.password=none", "--camunda.client.grpc-address=http://unused:1",
                        "--spring.mail.host=unused", "--rejoin.notifications.sender=none@unused.example",
                        "--rejoin.notifications.public-base-url=http://unused",
                        "--server.servlet.session.cookie.name=PROVIDERSESSION");
    }

    /** A person who can sign in at the provider with {@link #PASSWORD}. */
    static void addPerson(ConfigurableApplicationContext provider, String name, Map<String, Object> claims) {
        CLAIMS.put(name, claims);
        provider.getBean(InMemoryUserDetailsManager.class)
                .createUser(User.withUsername(name).password("{noop}" + PASSWORD).roles("USER").build());
    }

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
        var server = OAuth2AuthorizationServerConfigurer.authorizationServer();
        http.securityMatcher(server.getEndpointsMatcher())
                .with(server, config -> config.oidc(Customizer.withDefaults()))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain signInForm(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .formLogin(Customizer.withDefaults());
        return http.build();
    }

    /**
     * Rejoin, started after the provider in the same JVM, swaps Spring Security's global context holder for Vaadin's.
     * The provider's filters would then read two different holders (the one they captured and the global one), and
     * its authorization endpoint would not see the person it had just signed in: every call goes to the current one.
     */
    @Bean
    org.springframework.security.core.context.SecurityContextHolderStrategy currentHolder() {
        return new org.springframework.security.core.context.SecurityContextHolderStrategy() {
            private org.springframework.security.core.context.SecurityContextHolderStrategy now() {
                return org.springframework.security.core.context.SecurityContextHolder.getContextHolderStrategy();
            }

            @Override
            public void clearContext() {
                now().clearContext();
            }

            @Override
            public org.springframework.security.core.context.SecurityContext getContext() {
                return now().getContext();
            }

            @Override
            public void setContext(org.springframework.security.core.context.SecurityContext context) {
                now().setContext(context);
            }

            @Override
            public org.springframework.security.core.context.SecurityContext createEmptyContext() {
                return now().createEmptyContext();
            }
        };
    }

    @Bean
    InMemoryUserDetailsManager people() {
        return new InMemoryUserDetailsManager();
    }

    @Bean
    RegisteredClientRepository clients(org.springframework.core.env.Environment env) {
        String app = env.getRequiredProperty("provider.app-base-url");
        return new InMemoryRegisteredClientRepository(client(SCHOOL_CLIENT, app, "school"),
                client(GOOGLE_CLIENT, app, "google-test"));
    }

    private static RegisteredClient client(String clientId, String app, String registrationId) {
        return RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(clientId)
                .clientSecret("{noop}" + secret(clientId))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(app + "/login/oauth2/code/" + registrationId)
                .postLogoutRedirectUri(app + "/login?signed-out")
                .scope(OidcScopes.OPENID).scope(OidcScopes.EMAIL).scope(OidcScopes.PROFILE)
                // PKCE demanded: the test fails unless Rejoin sends a code challenge
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .build();
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> claimsOfThePerson() {
        return context -> {
            if (!"id_token".equals(context.getTokenType().getValue())) {
                return;
            }
            var claims = CLAIMS.getOrDefault(context.getPrincipal().getName(), Map.of());
            boolean google = GOOGLE_CLIENT.equals(context.getRegisteredClient().getClientId());
            claims.forEach((name, value) -> {
                if (!"hd".equals(name) || google) {
                    context.getClaims().claim(name, value);
                }
            });
        };
    }

    @Bean
    JWKSource<SecurityContext> keys() throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var pair = generator.generateKeyPair();
        RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                .keyID(UUID.randomUUID().toString()).build();
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    /** The provider's user-info endpoint reads its own access tokens. */
    @Bean
    org.springframework.security.oauth2.jwt.JwtDecoder ownTokens(JWKSource<SecurityContext> keys) {
        return org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration
                .OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
    }

    @Bean
    AuthorizationServerSettings settings(org.springframework.core.env.Environment env) {
        return AuthorizationServerSettings.builder().issuer("http://localhost:" + env.getRequiredProperty("server.port"))
                .build();
    }
}
