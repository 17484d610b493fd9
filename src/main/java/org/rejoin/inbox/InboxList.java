package org.rejoin.inbox;

/** The lists of the task inbox. */
public enum InboxList {
    /** Where a person lands: what is assigned to them, above what waits, unclaimed, for anyone in their role. */
    WORK("My work"),
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
