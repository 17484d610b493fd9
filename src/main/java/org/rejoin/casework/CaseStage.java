package org.rejoin.casework;

/** Where an open case is: understanding the barriers (the eight steps), then the stepped support plan. */
public enum CaseStage {
    UNDERSTANDING("Understanding the barriers"),
    SUPPORT_PLAN("Stepped support plan"),
    CLOSED("Closed");

    private final String label;

    CaseStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
