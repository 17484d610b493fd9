package org.rejoin.security;

/** What a person does in Rejoin; it decides which pages they see and which records they reach. */
public enum Role {
    ATTENDANCE_CHAMPION("Attendance champion"),
    SCHOOL_STAFF("School staff"),
    PARTNER("Multi-agency partner"),
    LEADER("Leader"),
    LOCAL_AUTHORITY("Local authority officer"),
    ADMIN("System administrator"),
    /** Runs one school's set-up: its staff accounts, roster, contacts and calendar; sees no cases. */
    SCHOOL_ADMIN("School administrator");

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

    /** Works with a school's data as casework staff; a school administrator manages it but reads no cases. */
    public boolean belongsToSchool() {
        return this == ATTENDANCE_CHAMPION || this == SCHOOL_STAFF || this == LEADER;
    }

    /** Has an account tied to one school: its casework staff and its administrator. */
    public boolean hasSchool() {
        return belongsToSchool() || this == SCHOOL_ADMIN;
    }
}
