package org.rejoin.targeting;

/** Which side of the meeting carries out an action. */
public enum Responsible {
    SCHOOL("The school"),
    LOCAL_AUTHORITY("The local authority");

    private final String label;

    Responsible(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
