package org.rejoin.targeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A targeting support meeting as recorded: when it was held, who came, what was said, who recorded it (their
 * username, and their name as read with the meeting).
 */
public record Meeting(UUID id, UUID schoolId, LocalDate heldOn, String attendees, String notes, String recordedBy,
                      Instant recordedAt, String recordedByName) {

    /** A meeting about to be recorded: the name is read back with it. */
    public Meeting(UUID id, UUID schoolId, LocalDate heldOn, String attendees, String notes, String recordedBy,
                   Instant recordedAt) {
        this(id, schoolId, heldOn, attendees, notes, recordedBy, recordedAt, null);
    }

    /** The person who recorded it, by name (the username only if their account has no name). */
    public String recorder() {
        return recordedByName == null ? recordedBy : recordedByName;
    }
}
