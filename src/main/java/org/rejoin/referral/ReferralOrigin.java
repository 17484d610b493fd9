package org.rejoin.referral;

/** Where a referral was asked for: one referral process serves them all. */
public enum ReferralOrigin {
    PLAN("A stalled support plan"),
    JOURNEY("Parents not engaging during the eight steps"),
    BY_HAND("Made by hand"),
    LADDER("Formal support (the statutory ladder)");

    private final String label;

    ReferralOrigin(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
