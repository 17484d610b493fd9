package org.rejoin.targeting;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An action agreed at a targeting meeting, with its history: the meeting that agreed it and, once closed,
 * the meeting that marked it done or dropped and what was said then.
 */
public record AgreedAction(UUID id, UUID schoolId, UUID agreedAt, LocalDate agreedOn, String action,
                           Responsible responsible, String responsibleName, LocalDate dueOn, ActionStatus status,
                           UUID closedAt, LocalDate closedOn, String closingNote) {

    /** "The school (Ms Head)", or the side alone when nobody was named. */
    public String who() {
        return responsibleName == null ? responsible.label() : responsible.label() + " (" + responsibleName + ")";
    }

    public boolean isOpen() {
        return status == ActionStatus.OPEN;
    }
}
