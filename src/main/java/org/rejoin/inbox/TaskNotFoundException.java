package org.rejoin.inbox;

import java.util.UUID;

/** No such task, or one outside the user's school or agency: both look the same to the user. */
public class TaskNotFoundException extends RuntimeException {

    public TaskNotFoundException(UUID taskId) {
        super("Task " + taskId + " was not found");
    }
}
