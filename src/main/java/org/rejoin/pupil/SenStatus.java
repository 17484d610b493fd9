package org.rejoin.pupil;

/** Special educational needs provision as recorded in the school census. */
public enum SenStatus {
    NONE("No SEN"),
    SEN_SUPPORT("SEN support"),
    EHC_PLAN("EHC plan");

    private final String label;

    SenStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
