package org.rejoin.notification.internal;

import java.util.Collection;
import java.util.Map;
import org.rejoin.notification.DeliveryState;
import org.rejoin.notification.NotificationKind;
import org.springframework.stereotype.Component;

/**
 * Turns one event into one outbox row per person, as each chose: queued to go at once, held for the digest,
 * or kept as skipped (so an administrator can see why nothing went). Only addresses are written to.
 */
@Component
class Notifier {

    private final Outbox outbox;
    private final Preferences preferences;

    Notifier(Outbox outbox, Preferences preferences) {
        this.outbox = outbox;
        this.preferences = preferences;
    }

    /** How many rows were written (people already told of this event are not told again). */
    int tell(Collection<String> people, String eventKey, NotificationKind kind, String template,
             Map<String, Object> model) {
        int written = 0;
        for (String person : people) {
            if (person == null || !person.contains("@")) {
                continue; // usernames are email addresses; anything else cannot be written to
            }
            DeliveryState state = switch (preferences.modeFor(person, kind)) {
                case IMMEDIATE -> DeliveryState.QUEUED;
                case DIGEST -> DeliveryState.HELD;
                case OFF -> DeliveryState.SKIPPED;
            };
            if (outbox.enqueue(eventKey, person, kind, template, model, state)) {
                written++;
            }
        }
        return written;
    }
}
