package org.rejoin.inbox;

/** Someone else got there first; the message names them, so the user knows whom to talk to. */
public class TaskAlreadyClaimedException extends RuntimeException {

    private final String claimedBy;

    public TaskAlreadyClaimedException(String claimedBy, String claimedByName) {
        super("This task has already been claimed by " + claimedByName);
        this.claimedBy = claimedBy;
    }

    /** The username of whoever holds the task. */
    public String claimedBy() {
        return claimedBy;
    }
}
