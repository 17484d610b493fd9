package org.rejoin.support;

/** A part-time timetable from its proposal to its review. */
public enum PartTimeState {
    PROPOSED("Proposed: the lead champion records it"),
    AWAITING_SIGN_OFF("Waiting for a leader to sign it off"),
    APPROVED("Signed off"),
    REFUSED("Refused by a leader"),
    REVIEWED("Reviewed"),
    WITHDRAWN("Withdrawn before sign-off");

    private final String label;

    PartTimeState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Still a proposal: it may be withdrawn. */
    public boolean isProposal() {
        return this == PROPOSED || this == AWAITING_SIGN_OFF;
    }

    /** Counts against "one proposal at a time". */
    public boolean isOpen() {
        return this == PROPOSED || this == AWAITING_SIGN_OFF || this == APPROVED;
    }
}
