package org.rejoin.inbox;

/**
 * The engine closed the step before it was submitted (an interrupting timer fired, the case was
 * closed): nothing was submitted and the task has left the inbox.
 */
public class TaskClosedByProcessException extends RuntimeException {

    public TaskClosedByProcessException() {
        super("This task was closed by the process");
    }
}
