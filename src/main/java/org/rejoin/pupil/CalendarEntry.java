package org.rejoin.pupil;

import java.time.LocalDate;
import java.util.UUID;

/** A term, or a closure inside one (INSET day, half term, a day the school is shut), of one school. */
public record CalendarEntry(UUID id, Kind kind, String name, LocalDate from, LocalDate to) {

    public enum Kind {
        TERM("Term"),
        CLOSURE("Closure (INSET day, half term, shut)");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
