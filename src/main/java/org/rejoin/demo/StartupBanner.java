package org.rejoin.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells whoever ran the embedded demo where to go and how to sign in. */
@Component
@ConditionalOnProperty(name = "rejoin.mode", havingValue = "embedded", matchIfMissing = true)
class StartupBanner {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    public void announce(ApplicationReadyEvent event) {
        Environment env = event.getApplicationContext().getEnvironment();
        String port = env.getProperty("local.server.port", env.getProperty("server.port", "8080"));
        log.info("""

                ==============================================================================
                 Rejoin is ready: open http://localhost:{}
                 Demo mode: embedded PostgreSQL and Zeebe; everything is lost when it stops.
                 Every demo login uses the password: {}
                   Attendance champion  champion@northfield.example   (or @southgate.example)
                   Leader               leader@northfield.example
                   School staff         tutor@, head-of-year@, senco@, dsl@, pastoral@northfield.example
                   Partner              early-help@riverside.example (one per agency type:
                                        mental-health-support@, education-inclusion@,
                                        attendance-improvement@, send-advisory@,
                                        educational-psychology@riverside.example)
                   Local authority      attendance-lead@riverside.example (both schools)
                   Administrator        admin@rejoin.example
                 Emails go to a mail server inside the app: read them as the administrator at
                   http://localhost:{}/admin/demo-mail
                ==============================================================================
                """, port, DemoDataSeeder.PASSWORD, port);
    }
}
