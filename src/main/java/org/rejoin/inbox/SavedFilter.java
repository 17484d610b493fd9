package org.rejoin.inbox;

import java.util.UUID;

/** A named inbox filter a user saved; kept on the server so it follows them to any device. */
public record SavedFilter(UUID id, String name, InboxList list, TaskFilter filter) {
}
