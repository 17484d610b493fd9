package org.rejoin.security.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a signed-in session may last at most, however busy ({@code rejoin.security.session.absolute-lifetime},
 * default 10 hours: a school day and its evening). The idle time-out is {@code server.servlet.session.timeout};
 * Vaadin's heartbeat does not keep an idle session alive ({@code vaadin.closeIdleSessions}).
 */
@ConfigurationProperties("rejoin.security.session")
record SessionProperties(Duration absoluteLifetime) {

    SessionProperties {
        absoluteLifetime = absoluteLifetime == null ? Duration.ofHours(10) : absoluteLifetime;
    }
}
