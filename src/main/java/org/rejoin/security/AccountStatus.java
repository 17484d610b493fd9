package org.rejoin.security;

/**
 * Where an account is in its life: invited (no password yet), active, locked for a while after repeated failed
 * sign-ins (unlocked by time or by an administrator), or deactivated (never deleted).
 */
public enum AccountStatus {
    INVITED("Invited"),
    ACTIVE("Active"),
    LOCKED("Locked after failed sign-ins"),
    DEACTIVATED("Deactivated");

    private final String label;

    AccountStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
