package org.rejoin.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rejoin.RejoinTest;
import org.rejoin.engine.EngineClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.env.MockEnvironment;

/** The embedded engine's clock starts behind today only for the demo's history, and never goes back. */
@RejoinTest
class EngineClockStartTests {

    @Autowired EngineClock clock;
    @Autowired Clock appClock;

    @Test
    void theDemoRunStartsAYearOfCaseworkBehindToday() {
        assertThat(EngineClockStart.behindWallClock(new MockEnvironment())).isEqualTo(Duration.ofDays(7 * 48 + 1));
        assertThat(EngineClockStart.behindWallClock(new MockEnvironment().withProperty("rejoin.plan.review-every", "P7D")))
                .isEqualTo(Duration.ofDays(7 * 48 + 1));
    }

    @Test
    void orTheHistorysJourneyAndTwoReviewPeriodsWhereThoseAreLonger() {
        assertThat(EngineClockStart.behindWallClock(new MockEnvironment().withProperty("rejoin.plan.review-every", "P200D")))
                .isEqualTo(Duration.ofDays(14 + 400));
    }

    @ParameterizedTest
    @ValueSource(strings = {"rejoin.demo.history", "rejoin.demo.stages", "rejoin.demo.open-cases"})
    void withoutTheHistoryItStartsAtToday(String setting) {
        assertThat(EngineClockStart.behindWallClock(new MockEnvironment().withProperty(setting, "false"))).isZero();
    }

    @Test
    void theTestContextsEngineStartedAtTodayAndRefusesToGoBack() {
        assertThat(clock.offset()).isZero();
        assertThatThrownBy(() -> clock.travel(Duration.ofSeconds(-4)))
                .hasMessageContaining("only goes forward");
        assertThat(clock.offset()).isZero();
    }

    @Test
    void theAppsClockIsTheEnginesInUkTime() {
        Instant before = Instant.now();
        Instant read = Instant.now(appClock);
        assertThat(read).isBetween(before.plus(clock.offset()), Instant.now().plus(clock.offset()));
        assertThat(appClock.getZone()).isEqualTo(ZoneId.of("Europe/London"));
    }
}
