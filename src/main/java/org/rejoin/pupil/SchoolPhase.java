package org.rejoin.pupil;

/** The phase of education a school serves, as Get Information about Schools records it. */
public enum SchoolPhase {
    SECONDARY("Secondary"),
    ALL_THROUGH("All-through"),
    MIDDLE("Middle deemed secondary"),
    SPECIAL("Special school"),
    ALTERNATIVE_PROVISION("Alternative provision");

    private final String label;

    SchoolPhase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
