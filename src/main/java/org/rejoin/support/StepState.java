package org.rejoin.support;

/** One graded step of a plan: waiting its turn, being worked on, achieved, or replaced when it stalled. */
public enum StepState {
    PLANNED("To come"),
    CURRENT("Working on it now"),
    ACHIEVED("Achieved"),
    REPLACED("Replaced");

    private final String label;

    StepState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
