package org.rejoin.support.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The plan's settings (rejoin.plan.*): how often the current step is reviewed, and the attendance after
 * the plan closed that counts as having held.
 */
@ConfigurationProperties("rejoin.plan")
public record PlanProperties(Duration reviewEvery, Integer sustainedAttendancePercent) {

    public PlanProperties {
        reviewEvery = reviewEvery == null ? Duration.ofDays(14) : reviewEvery;
        if (reviewEvery.isNegative() || reviewEvery.isZero()) {
            throw new IllegalArgumentException("rejoin.plan.review-every must be a positive duration, such as P14D");
        }
        sustainedAttendancePercent = sustainedAttendancePercent == null ? 90 : sustainedAttendancePercent;
        if (sustainedAttendancePercent < 1 || sustainedAttendancePercent > 100) {
            throw new IllegalArgumentException("rejoin.plan.sustained-attendance-percent must be 1 to 100");
        }
    }

    /** As the process's timer reads it: whole days as P14D, anything shorter as PT1S and the like. */
    public static String iso(Duration duration) {
        return duration.toSeconds() % 86_400 == 0 && duration.toNanosPart() == 0
                ? "P" + duration.toDays() + "D" : duration.toString();
    }
}
