package org.rejoin.targeting;

/** Where an action agreed at a targeting meeting is: open until a later meeting marks it done or dropped. */
public enum ActionStatus {
    OPEN("Still open"),
    DONE("Done"),
    DROPPED("Dropped");

    private final String label;

    ActionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
