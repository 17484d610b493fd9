package org.rejoin.casework;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One line of a case's story: what happened, when, who did it (null for Rejoin itself), and the details. */
public record ChronologyEntry(UUID id, EntryKind kind, Instant occurredAt, String actor, String actorName,
                              String title, String body, Map<String, Object> details) {
}
