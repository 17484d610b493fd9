package org.rejoin.inbox.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rejoin.base.ui.UkDates;

/** "Due in 3 days" and "Overdue by 2 days" count from the app's today (docs/decisions/0011), not the wall clock's. */
class DueTextTests {

    static final Instant TUESDAY_MORNING = Instant.parse("2026-03-03T09:00:00Z");
    static final Instant FRIDAY_AFTERNOON = LocalDate.of(2026, 3, 6).atTime(16, 0).atZone(UkDates.ZONE).toInstant();

    @Test
    void theSameDueDateReadsAsTheAppsClockHasIt() {
        assertThat(dueText(Clock.fixed(TUESDAY_MORNING, UkDates.ZONE)).describe(FRIDAY_AFTERNOON, null))
                .isEqualTo("Due in 3 days");
        assertThat(dueText(Clock.fixed(FRIDAY_AFTERNOON.minusSeconds(3_600), UkDates.ZONE))
                .describe(FRIDAY_AFTERNOON, null)).isEqualTo("Due today");
        assertThat(dueText(Clock.fixed(TUESDAY_MORNING.plus(Duration.ofDays(6)), UkDates.ZONE))
                .describe(FRIDAY_AFTERNOON, null)).isEqualTo("Overdue by 3 days");
    }

    @Test
    void aStepDueLastWeekIsStillAheadWhileTheClockIsFourWeeksBehind() {
        Instant dueLastWeek = Instant.now().minus(Duration.ofDays(7));
        Clock behind = Clock.offset(Clock.system(UkDates.ZONE), Duration.ofDays(-28));

        assertThat(dueText(Clock.system(UkDates.ZONE)).describe(dueLastWeek, null)).isEqualTo("Overdue by 7 days");
        assertThat(dueText(behind).describe(dueLastWeek, null)).isEqualTo("Due in 21 days");
    }

    private static DueText dueText(Clock clock) {
        return new DueText(null, clock); // no school: calendar days, no calendar read
    }
}
