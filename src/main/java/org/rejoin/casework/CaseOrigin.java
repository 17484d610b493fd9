package org.rejoin.casework;

/** How a case began: the attendance data raised it, or a champion opened it by hand. */
public enum CaseOrigin {
    ATTENDANCE_DATA("Raised by the attendance data"),
    BY_HAND("Opened by hand");

    private final String label;

    CaseOrigin(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
