package org.rejoin.security;

/** Where an account is in its life: invited (no password yet), active, or deactivated (never deleted). */
public enum AccountStatus {
    INVITED("Invited"),
    ACTIVE("Active"),
    DEACTIVATED("Deactivated");

    private final String label;

    AccountStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
