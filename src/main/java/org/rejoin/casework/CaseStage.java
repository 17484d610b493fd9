package org.rejoin.casework;

/** Where an open case is: understanding the barriers (the eight steps), then the stepped support plan. */
public enum CaseStage {
    UNDERSTANDING("Understanding the barriers", "barrier-understanding"),
    SUPPORT_PLAN("Stepped support plan", "stepped-support-plan"),
    CLOSED("Closed", null);

    private final String label;
    private final String processId;

    CaseStage(String label, String processId) {
        this.label = label;
        this.processId = processId;
    }

    /** The BPMN process the case runs in this stage (referrals and safeguarding run beside it). */
    public String processId() {
        return processId;
    }

    public String label() {
        return label;
    }
}
