package org.rejoin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.assertj.core.api.ThrowingConsumer;
import org.rejoin.base.ui.UkDates;

/**
 * For tests that show a class records the app's clock, not the wall clock or the database's: a clock some days
 * behind the wall clock, and a check that a recorded moment lies that many days back.
 */
public final class AppClocks {

    private AppClocks() {
    }

    /** The wall clock, in UK time, this many days behind. */
    public static Clock behind(int days) {
        return Clock.offset(Clock.system(UkDates.ZONE), Duration.ofDays(-days));
    }

    /** A moment within a minute of this many days before now. */
    public static ThrowingConsumer<Instant> about(int daysAgo) {
        return at -> {
            Instant then = Instant.now().minus(Duration.ofDays(daysAgo));
            assertThat(at).isBetween(then.minusSeconds(60), then.plusSeconds(60));
        };
    }
}
