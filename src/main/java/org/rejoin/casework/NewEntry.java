package org.rejoin.casework;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A chronology entry to record; without {@code occurredAt} it happened when it is recorded (by the app's clock).
 * {@code sourceKey} makes recording idempotent: the same key is recorded once however often it is offered (a job
 * delivered twice, an event re-published).
 */
public record NewEntry(UUID caseId, EntryKind kind, Instant occurredAt, String actor, String title, String body,
                       Map<String, Object> details, String sourceKey) {

    public NewEntry {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    public static NewEntry bySystem(UUID caseId, EntryKind kind, String title, String body, String sourceKey) {
        return new NewEntry(caseId, kind, null, null, title, body, Map.of(), sourceKey);
    }
}
