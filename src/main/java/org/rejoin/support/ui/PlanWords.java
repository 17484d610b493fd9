package org.rejoin.support.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rejoin.referral.AgencyType;
import org.rejoin.support.PlanStep;

/** The plan's codes in the plain English the forms use, for the case page. */
final class PlanWords {

    private static final Map<String, String> ADJUSTMENTS = Map.of("QUIET_SPACE", "a quiet space",
            "DIFFERENT_ENTRANCE", "a different entrance", "SENSORY_NEEDS", "sensory needs met");
    private static final Map<String, String> CONTACTS = Map.of("MOTHER", "Mother", "FATHER", "Father",
            "CARER", "Carer", "OTHER_FAMILY", "Another family member");
    private static final Map<String, String> OUTCOMES = Map.of("achieved", "Achieved: on to the next step",
            "stalled", "Stalled: adapted or split", "stalledAgain", "Stalled again: a referral was asked for",
            "allAchieved", "Every step achieved: the plan closed");
    private static final Map<String, String> PART_TIME_REVIEWS = Map.of("FULL_DAYS", "back to full days on the end date",
            "NEW_PROPOSAL", "a new, different proposal");

    private PlanWords() {
    }

    /** "a quiet space, a different entrance and lunch in the library", or empty. */
    static String adjustments(PlanStep step) {
        List<String> words = new ArrayList<>();
        for (String code : step.adjustments()) {
            if ("OTHER".equals(code)) {
                if (step.otherAdjustment() != null) {
                    words.add(step.otherAdjustment());
                }
            } else {
                words.add(ADJUSTMENTS.getOrDefault(code, code.toLowerCase(java.util.Locale.UK).replace('_', ' ')));
            }
        }
        if (words.size() < 2) {
            return String.join("", words);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.getLast();
    }

    static String contact(String code) {
        return code == null ? "" : CONTACTS.getOrDefault(code, code);
    }

    static String outcome(String outcome, String agencyType) {
        String words = OUTCOMES.getOrDefault(outcome, outcome);
        return agencyType == null ? words : words + " (" + agency(agencyType) + ")";
    }

    static String partTimeReview(String outcome) {
        return outcome == null ? "" : PART_TIME_REVIEWS.getOrDefault(outcome, outcome);
    }

    /** "14 days", "1 day", "30 seconds": how often the current step is reviewed. */
    static String every(Duration duration) {
        if (duration.toSeconds() % 86_400 == 0) {
            return plural(duration.toDays(), "day");
        }
        if (duration.toSeconds() % 3_600 == 0) {
            return plural(duration.toHours(), "hour");
        }
        return duration.toSeconds() % 60 == 0 ? plural(duration.toMinutes(), "minute")
                : plural(duration.toSeconds(), "second");
    }

    private static String agency(String code) {
        try {
            return AgencyType.valueOf(code).label();
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    private static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }
}
