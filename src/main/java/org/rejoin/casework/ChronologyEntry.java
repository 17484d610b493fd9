package org.rejoin.casework;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * One line of a case's story: what happened, when, who did it (null for Rejoin itself), and the details.
 * {@code people} names the accounts the details mention (a lead champion chosen in a step is kept as a username):
 * lower-case username to display name, read with the page of entries.
 */
public record ChronologyEntry(UUID id, EntryKind kind, Instant occurredAt, String actor, String actorName,
                              String title, String body, Map<String, Object> details, Map<String, String> people) {

    public ChronologyEntry(UUID id, EntryKind kind, Instant occurredAt, String actor, String actorName,
                           String title, String body, Map<String, Object> details) {
        this(id, kind, occurredAt, actor, actorName, title, body, details, Map.of());
    }

    /** A detail as people read it: an account by its person's name, a list item by item; anything else as it is. */
    public Object inWords(Object detail) {
        if (detail instanceof List<?> many) {
            return many.stream().map(this::inWords).toList();
        }
        if (detail instanceof String text) {
            return people.getOrDefault(text.toLowerCase(Locale.ROOT), text);
        }
        return detail;
    }
}
