package org.rejoin.family.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The family pages' own chain, ahead of the staff one: open to anyone at the filter (each page checks the family
 * session itself, see {@link FamilySessions}), never a staff sign-in. Forms carry a CSRF token; the pages run no
 * script at all, send no referrer (a one-time link's token is in its address) and are never cached.
 */
@Configuration(proxyBeanMethods = false)
class FamilySecurity {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:;"
            + " form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    @Bean
    @Order(2)
    SecurityFilterChain familyChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/family/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .requestCache(cache -> cache.disable())
                // a refused form (no or a stale CSRF token) answers 403 here, not via the staff chain's error page
                .exceptionHandling(e -> e.accessDeniedHandler((request, response, denied) -> {
                    response.setStatus(403);
                    response.setContentType("text/plain;charset=UTF-8");
                    response.getWriter().write("This form has run out. Please go back, reload the page and try again.");
                }))
                .headers(headers -> headers
                        .referrerPolicy(policy -> policy.policy(ReferrerPolicy.NO_REFERRER))
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
        return http.build();
    }
}
