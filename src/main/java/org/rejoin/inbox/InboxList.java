package org.rejoin.inbox;

/** The lists of the task inbox. */
public enum InboxList {
    MINE("My tasks"),
    GROUPS("My groups' tasks"),
    OVERDUE("Overdue"),
    COMPLETED("Completed by me");

    private final String label;

    InboxList(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
