package org.rejoin.ladder.internal;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The national framework's figures (rejoin.ladder.*), with the 2024 values as defaults: a first penalty notice
 * is £80 if paid within 21 days and £160 within 28; a second to the same parent for the same pupil within the
 * window is £160; the window is 3 years.
 */
@ConfigurationProperties("rejoin.ladder")
public record LadderProperties(Period penaltyNoticeWindow, Integer firstPenaltyAmount, Integer firstPenaltyLateAmount,
                               Integer secondPenaltyAmount) {

    public LadderProperties {
        penaltyNoticeWindow = penaltyNoticeWindow == null ? Period.ofYears(3) : penaltyNoticeWindow;
        firstPenaltyAmount = pounds(firstPenaltyAmount, 80, "first-penalty-amount");
        firstPenaltyLateAmount = pounds(firstPenaltyLateAmount, 160, "first-penalty-late-amount");
        secondPenaltyAmount = pounds(secondPenaltyAmount, 160, "second-penalty-amount");
        if (penaltyNoticeWindow.isNegative() || penaltyNoticeWindow.isZero()) {
            throw new IllegalArgumentException("rejoin.ladder.penalty-notice-window must be a positive period");
        }
    }

    private static int pounds(Integer value, int fallback, String name) {
        int amount = value == null ? fallback : value;
        if (amount < 1) {
            throw new IllegalArgumentException("rejoin.ladder." + name + " must be at least £1");
        }
        return amount;
    }
}
