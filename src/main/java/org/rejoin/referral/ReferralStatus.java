package org.rejoin.referral;

/** Where a referral is: with the school, with the agency, answered, finished. */
public enum ReferralStatus {
    REQUESTED("Being prepared by the school"),
    SENT("Waiting for the agency's answer"),
    ACCEPTED("Accepted: the agency is working with the pupil"),
    DECLINED("Declined by the agency"),
    COMPLETED("Completed: outcome reported");

    private final String label;

    ReferralStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
