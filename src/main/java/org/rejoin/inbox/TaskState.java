package org.rejoin.inbox;

/** Where a human step stands: waiting for someone, done by someone, or closed by the process itself. */
public enum TaskState {
    OPEN,
    COMPLETED,
    CANCELLED
}
