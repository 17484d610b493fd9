package org.rejoin.security;

/** What a person does in Rejoin; it decides which pages they see and which records they reach. */
public enum Role {
    ATTENDANCE_CHAMPION("Attendance champion"),
    SCHOOL_STAFF("School staff"),
    PARTNER("Multi-agency partner"),
    LEADER("Leader"),
    LOCAL_AUTHORITY("Local authority officer"),
    ADMIN("Administrator");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The authority Spring Security checks, as in {@code @RolesAllowed("LEADER")}. */
    public String authority() {
        return "ROLE_" + name();
    }

    public boolean belongsToSchool() {
        return this == ATTENDANCE_CHAMPION || this == SCHOOL_STAFF || this == LEADER;
    }
}
