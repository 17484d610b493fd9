package org.rejoin.security.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How password sign-in resists guessing ({@code rejoin.security.sign-in}). After the free failures of a name (or a
 * client address, more of them since a school's staff share one address), each further attempt waits for a delay
 * that doubles from {@code firstDelay} up to {@code longestDelay}; after {@code lockAfter} failures the name is locked
 * for {@code lockFor}, or until an administrator unlocks it. Failures are forgotten {@code forgetAfter} the last one.
 */
@ConfigurationProperties("rejoin.security.sign-in")
record SignInProperties(Integer freeFailuresPerAccount, Integer freeFailuresPerAddress, Duration firstDelay,
                        Duration longestDelay, Integer lockAfter, Duration lockFor, Duration forgetAfter) {

    SignInProperties {
        freeFailuresPerAccount = freeFailuresPerAccount == null ? 3 : freeFailuresPerAccount;
        freeFailuresPerAddress = freeFailuresPerAddress == null ? 20 : freeFailuresPerAddress;
        firstDelay = firstDelay == null ? Duration.ofSeconds(2) : firstDelay;
        longestDelay = longestDelay == null ? Duration.ofMinutes(5) : longestDelay;
        lockAfter = lockAfter == null ? 10 : lockAfter;
        lockFor = lockFor == null ? Duration.ofMinutes(30) : lockFor;
        forgetAfter = forgetAfter == null ? Duration.ofDays(1) : forgetAfter;
    }

    static SignInProperties defaults() {
        return new SignInProperties(null, null, null, null, null, null, null);
    }

    /** How long to wait after this many failures, or zero while they are free. */
    Duration delayAfter(int failures, int free) {
        if (failures < free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - free, 20);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(longestDelay) > 0 ? longestDelay : delay;
    }
}
