package org.rejoin.support;

/** A part-time timetable from its proposal to its review. */
public enum PartTimeState {
    PROPOSED("Proposed: the lead champion records it"),
    AWAITING_SIGN_OFF("Waiting for a leader to sign it off"),
    APPROVED("Signed off"),
    REFUSED("Refused by a leader"),
    REVIEWED("Reviewed");

    private final String label;

    PartTimeState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Counts against "one proposal at a time". */
    public boolean isOpen() {
        return this == PROPOSED || this == AWAITING_SIGN_OFF || this == APPROVED;
    }
}
