package org.rejoin.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rejoin.base.ui.UkDates;

/** Outcomes' windows ("the last 12 months", "this school year and last") count from the app's today, not the wall's. */
class OutcomesWindowsTests {

    @Test
    void theLastTwelveMonthsEndAtTheAppsToday() {
        // a summer day, when UK time is an hour ahead of UTC: 00:30 on the 15th in London is still the 14th in UTC
        Clock clock = Clock.fixed(Instant.parse("2025-07-14T23:30:00Z"), UkDates.ZONE);
        var outcomes = new Outcomes(null, null, null, null, clock);

        assertThat(outcomes.today()).isEqualTo(LocalDate.of(2025, 7, 15));
        assertThat(outcomes.yearAgo()).isEqualTo(Instant.parse("2024-07-14T23:00:00Z"));
    }
}
