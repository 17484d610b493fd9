package org.rejoin.notification.internal;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * rejoin.notifications.*: who emails come from, where their links point, when the digest and the reminders
 * go, and how the sender retries. {@code publicBaseUrl} blank (the embedded run) means this app's own port on
 * localhost; the external run must give both it and {@code sender} (checked at start-up).
 */
@ConfigurationProperties("rejoin.notifications")
public record NotificationProperties(
        @DefaultValue("rejoin@rejoin.example") String sender,
        @DefaultValue("") String publicBaseUrl,
        @DefaultValue("0 0 16 * * MON-FRI") String digestCron,
        @DefaultValue("0 0 7 * * MON-FRI") String reminderCron,
        @DefaultValue("Europe/London") ZoneId zone,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("PT30S") Duration firstRetry,
        @DefaultValue("PT1H") Duration longestRetry,
        @DefaultValue("PT5M") Duration lease,
        @DefaultValue("50") int batchSize) {

    /** The wait before attempt n+1 after n failed ones: doubling from {@code firstRetry}, at most {@code longestRetry}. */
    public Duration backoffAfter(int failedAttempts) {
        Duration wait = firstRetry.multipliedBy(1L << Math.min(Math.max(failedAttempts - 1, 0), 20));
        return wait.compareTo(longestRetry) > 0 ? longestRetry : wait;
    }
}
