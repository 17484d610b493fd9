package org.rejoin.targeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A meeting as the form records it. {@code meetingId} is chosen by the form once, so sending the same form twice
 * records one meeting; {@code carried} says what became of actions carried forward (absent ones stay open).
 */
public record MeetingRecord(UUID meetingId, LocalDate heldOn, String attendees, String notes,
                            List<NewAction> newActions, Map<UUID, ActionOutcome> carried) {

    public MeetingRecord {
        java.util.Objects.requireNonNull(meetingId, "a meeting record needs its id");
        newActions = newActions == null ? List.of() : List.copyOf(newActions);
        carried = carried == null ? Map.of() : Map.copyOf(carried);
    }
}
