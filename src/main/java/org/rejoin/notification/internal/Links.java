package org.rejoin.notification.internal;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Links in emails: Rejoin's public base URL, or in the embedded run this app on localhost at its own port. */
@Component
class Links {

    private final NotificationProperties properties;
    private final Environment environment;

    Links(NotificationProperties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
    }

    String to(String path) {
        return base() + (path.startsWith("/") ? path : "/" + path);
    }

    String base() {
        String base = properties.publicBaseUrl();
        if (base == null || base.isBlank()) {
            base = "http://localhost:" + environment.getProperty("local.server.port",
                    environment.getProperty("server.port", "8080"));
        }
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
