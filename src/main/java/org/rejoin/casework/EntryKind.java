package org.rejoin.casework;

/** The kinds of chronology entry, which the case page filters by. */
public enum EntryKind {
    CASE("Case and plan milestones"),
    TASK("Steps completed"),
    NOTE("Notes"),
    PARENT_CONTACT("Contact with parents or carers"),
    MEETING("Meetings"),
    DOCUMENT("Documents"),
    ATTENDANCE("Attendance data"),
    ESCALATION("Reminders and escalations"),
    SAFEGUARDING("Safeguarding"),
    /** The family's own words from the family page: recorded as theirs, never added or edited by staff. */
    FAMILY("The family's own words");

    private final String label;

    EntryKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
