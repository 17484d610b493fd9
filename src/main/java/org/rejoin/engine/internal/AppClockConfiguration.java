package org.rejoin.engine.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.rejoin.engine.RunMode;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The one clock for every date and time the app records or reasons with (a step's deadline, the day a case opened, a
 * review's date, "the last 12 months"), in UK time. Against a Camunda cluster it is the wall clock. In the embedded
 * run it follows the in-memory engine's clock, which the demo starts behind today to make its history through the
 * real processes (docs/decisions/0011): the app and its engine then agree on "now", so what the history does is
 * dated when it happened. Sign-in, sessions and codes keep the wall clock (what they guard is real time).
 */
@Configuration(proxyBeanMethods = false)
class AppClockConfiguration {

    /** UK time, as {@code UkDates.ZONE} (the base module depends on this one, not the other way round). */
    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Bean
    Clock clock(Environment environment) {
        return RunMode.of(environment) == RunMode.EMBEDDED ? new FollowingTheEngine(UK) : Clock.system(UK);
    }

    /** The wall clock moved by as much as the embedded engine's clock has been moved from it. */
    static final class FollowingTheEngine extends Clock {

        private final ZoneId zone;

        FollowingTheEngine(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new FollowingTheEngine(other);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(EmbeddedInfrastructure.travelled());
        }
    }
}
