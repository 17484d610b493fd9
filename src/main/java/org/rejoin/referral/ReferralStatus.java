package org.rejoin.referral;

/** Where a referral is: with the school, with the agency, answered, finished, or withdrawn by the school. */
public enum ReferralStatus {
    REQUESTED("Being prepared by the school"),
    SENT("Waiting for the agency's answer"),
    ACCEPTED("Accepted: the agency is working with the pupil"),
    DECLINED("Declined by the agency"),
    COMPLETED("Completed: outcome reported"),
    WITHDRAWN("Withdrawn by the school");

    private final String label;

    ReferralStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The school may still withdraw it: it is being prepared, waiting for the agency or being worked on. */
    public boolean isUnderWay() {
        return this == REQUESTED || this == SENT || this == ACCEPTED;
    }
}
