package org.rejoin.targeting;

/** The pupils a targeting meeting looks at: attendance this school year at or below 90% or 50%. */
public enum AttendanceBand {
    AT_OR_BELOW_90(90, "At or below 90% (persistently absent)"),
    AT_OR_BELOW_50(50, "At or below 50% (severely absent)");

    private final int percent;
    private final String label;

    AttendanceBand(int percent, String label) {
        this.percent = percent;
        this.label = label;
    }

    public int percent() {
        return percent;
    }

    public String label() {
        return label;
    }
}
