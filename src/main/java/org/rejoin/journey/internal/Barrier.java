package org.rejoin.journey.internal;

/** The fixed list of barrier domains the reintegration plan records barriers against (form values). */
enum Barrier {
    ANXIETY("anxiety or worries"),
    HEALTH("physical or mental health"),
    SENSORY("sensory needs"),
    LEARNING_SEN("learning or special educational needs"),
    RELATIONSHIPS("relationships or peers"),
    HOME_FAMILY("home or family"),
    YOUNG_CARER("young carer"),
    TRANSPORT_FINANCIAL("transport or money"),
    OTHER("something else");

    private final String words;

    Barrier(String words) {
        this.words = words;
    }

    static String label(String value) {
        for (Barrier barrier : values()) {
            if (barrier.name().equals(value)) {
                return barrier.words;
            }
        }
        return value;
    }
}
