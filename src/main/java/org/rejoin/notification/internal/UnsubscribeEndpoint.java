package org.rejoin.notification.internal;

import org.rejoin.notification.NotificationService;
import org.springframework.core.annotation.Order;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * One-click unsubscribe (RFC 8058): a mail client POSTs "List-Unsubscribe=One-Click" to the link in the
 * List-Unsubscribe header, without signing in (the unguessable token is the proof). Opening the link in a browser
 * (GET) only shows a button, so a link scanner that follows links never unsubscribes anyone.
 */
@RestController
class UnsubscribeEndpoint {

    static final String PATH = "/notifications/unsubscribe/";

    private final NotificationService notifications;

    UnsubscribeEndpoint(NotificationService notifications) {
        this.notifications = notifications;
    }

    @GetMapping(value = PATH + "{token}", produces = MediaType.TEXT_HTML_VALUE)
    String confirm(@PathVariable String token) {
        return page("<p>Stop these emails from Rejoin?</p><form method=\"post\" action=\"" + PATH
                + HtmlUtils.htmlEscape(token) + "\"><button type=\"submit\">Stop them</button></form>");
    }

    @PostMapping(value = PATH + "{token}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> unsubscribe(@PathVariable String token) {
        return notifications.unsubscribe(token)
                .map(kind -> ResponseEntity.ok(page("<p>Done: Rejoin will no longer email you about this: "
                        + HtmlUtils.htmlEscape(kind.label().toLowerCase(java.util.Locale.UK))
                        + ". You can change this under Notifications once signed in.</p>")))
                .orElseGet(() -> ResponseEntity.status(404).body(page("<p>This link is not known to Rejoin.</p>")));
    }

    private static String page(String body) {
        return "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"UTF-8\"><title>Rejoin</title></head>"
                + "<body style=\"font-family:sans-serif\">" + body + "</body></html>";
    }

    /** Only these two URLs, ahead of the app's own chain: open to anyone, and no CSRF token (mail clients have none). */
    @Configuration(proxyBeanMethods = false)
    static class Security {

        @Bean
        @Order(1)
        SecurityFilterChain unsubscribeChain(HttpSecurity http) throws Exception {
            http.securityMatcher(PATH + "**")
                    .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                    .csrf(csrf -> csrf.disable())
                    .sessionManagement(session -> session.sessionCreationPolicy(
                            org.springframework.security.config.http.SessionCreationPolicy.STATELESS));
            return http.build();
        }
    }
}
