package org.rejoin.attendance;

/**
 * How the DfE counts a session mark: the categories of the code table in "Working together to improve
 * school attendance" (August 2024). Present and approved educational activity both count as attendance.
 */
public enum MarkCategory {
    PRESENT(true, true),
    APPROVED_EDUCATIONAL_ACTIVITY(true, true),
    AUTHORISED_ABSENCE(true, false),
    UNAUTHORISED_ABSENCE(true, false),
    NOT_POSSIBLE(false, false);

    private final boolean possible;
    private final boolean attending;

    MarkCategory(boolean possible, boolean attending) {
        this.possible = possible;
        this.attending = attending;
    }

    /** Counted in the pupil's possible sessions. */
    public boolean possible() {
        return possible;
    }

    /** Counted as attendance (present or at an approved educational activity). */
    public boolean attending() {
        return attending;
    }
}
