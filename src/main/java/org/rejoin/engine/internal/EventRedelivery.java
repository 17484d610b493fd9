package org.rejoin.engine.internal;

import java.time.Duration;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Module events whose listener failed (typically: the workflow engine was away) stay in the event
 * publication table; this hands them to their listeners again, so nothing waits for a restart.
 * Listeners are idempotent, so one that was merely slow is safe to run twice.
 */
@Component
class EventRedelivery {

    static final Duration OLDER_THAN = Duration.ofMinutes(3);

    private final IncompleteEventPublications incomplete;

    EventRedelivery(IncompleteEventPublications incomplete) {
        this.incomplete = incomplete;
    }

    @Scheduled(fixedDelayString = "PT2M", initialDelayString = "PT2M")
    void redeliver() {
        incomplete.resubmitIncompletePublicationsOlderThan(OLDER_THAN);
    }
}
