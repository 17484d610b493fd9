package org.rejoin.referral;

/** The multi-agency partners a school can refer a pupil to. */
public enum AgencyType {
    EARLY_HELP("Early Help"),
    MENTAL_HEALTH_SUPPORT("Mental health support team / CAMHS"),
    EDUCATION_INCLUSION("Education Inclusion Service"),
    ATTENDANCE_IMPROVEMENT("Attendance Improvement Officer"),
    SEND_ADVISORY("SEND advisory team"),
    EDUCATIONAL_PSYCHOLOGY("Educational psychology");

    private final String label;

    AgencyType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
