package org.rejoin.notification;

/** How a person hears of one kind of notification. */
public enum DeliveryMode {
    IMMEDIATE("At once"),
    DIGEST("In the daily digest"),
    OFF("Not by email");

    private final String label;

    DeliveryMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
