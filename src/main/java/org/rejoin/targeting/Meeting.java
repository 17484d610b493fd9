package org.rejoin.targeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A targeting support meeting as recorded: when it was held, who came, what was said, who recorded it. */
public record Meeting(UUID id, UUID schoolId, LocalDate heldOn, String attendees, String notes, String recordedBy,
                      Instant recordedAt) {
}
