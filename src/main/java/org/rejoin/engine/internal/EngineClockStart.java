package org.rejoin.engine.internal;

import java.time.Duration;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.core.env.Environment;

/**
 * Where the embedded engine's clock starts. The demo makes its plans with a history (docs/using/demo.md) by
 * moving the engine's clock forward, and the engine's clock can only go forward: set back once timers are
 * scheduled, it holds every timer until it has returned to where it was (docs/decisions/0011). So, when the demo
 * will make that history, the engine (and with it the app's clock) starts behind the wall clock by a year of casework
 * (the demo's past cases, the first 48 weeks ago), or by the history's journey and two review periods if those are
 * longer, and the history brings it to today; otherwise it starts at today.
 */
final class EngineClockStart {

    static final int REVIEWS_OF_HISTORY = 2;
    /** From the history's cases opening to their plans being agreed. */
    static final Duration JOURNEY_OF_HISTORY = Duration.ofDays(14);
    /** The demo's first past case opens 48 weeks ago; a day more, so its morning is still ahead. */
    static final Duration YEAR_OF_CASEWORK = Duration.ofDays(7 * 48 + 1);

    private EngineClockStart() {
    }

    /** How far behind the wall clock the engine starts: zero unless the demo will make its plans with a history. */
    static Duration behindWallClock(Environment environment) {
        boolean history = flag(environment, "rejoin.demo.history") && flag(environment, "rejoin.demo.stages")
                && flag(environment, "rejoin.demo.open-cases");
        if (!history) {
            return Duration.ZERO;
        }
        Duration reviewEvery = DurationStyle.detectAndParse(environment.getProperty("rejoin.plan.review-every", "P14D"));
        Duration plansWithReviews = JOURNEY_OF_HISTORY.plus(reviewEvery.multipliedBy(REVIEWS_OF_HISTORY));
        return plansWithReviews.compareTo(YEAR_OF_CASEWORK) > 0 ? plansWithReviews : YEAR_OF_CASEWORK;
    }

    private static boolean flag(Environment environment, String name) {
        return environment.getProperty(name, Boolean.class, true);
    }
}
