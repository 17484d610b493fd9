package org.rejoin.family;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Something a family member said on the family page, in their own words, as they gave it. */
public record FamilyWord(UUID id, UUID caseId, UUID memberId, String memberName, Kind kind,
                         Map<String, String> answers, Instant givenAt) {

    public FamilyWord {
        answers = answers == null ? Map.of() : Map.copyOf(answers);
    }

    public enum Kind {
        AGREED("Agreed the plan"),
        CHANGE("Asked for a change to the plan"),
        PARENT_VIEW("Their view before the review"),
        PUPIL_VOICE("The pupil's own view before the review");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
