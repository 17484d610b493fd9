package org.rejoin.family;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a family sees, and nothing more: the goal, the steps in plain words, the next review, attendance week by
 * week, and who to talk to at school. No chronology, notes, safeguarding or referrals are ever read into it.
 */
public record FamilyPage(UUID caseId, String memberName, boolean forPupil, String pupilFirstName, boolean planReady,
                         String goal, List<Step> steps, LocalDate nextReview, List<Week> weeks, String schoolName,
                         String contactName, String keepingInTouch, boolean agreed, List<FamilyWord> said,
                         List<Change> changes) {

    public FamilyPage {
        changes = changes == null ? List.of() : List.copyOf(changes);
        steps = steps == null ? List.of() : List.copyOf(steps);
        weeks = weeks == null ? List.of() : List.copyOf(weeks);
        said = said == null ? List.of() : List.copyOf(said);
    }

    public FamilyPage(UUID caseId, String memberName, boolean forPupil, String pupilFirstName, boolean planReady,
                      String goal, List<Step> steps, LocalDate nextReview, List<Week> weeks, String schoolName,
                      String contactName, String keepingInTouch, boolean agreed, List<FamilyWord> said) {
        this(caseId, memberName, forPupil, pupilFirstName, planReady, goal, steps, nextReview, weeks, schoolName,
                contactName, keepingInTouch, agreed, said, List.of());
    }

    /** A change someone in the family asked for, and the school's answer once the lead champion gave it. */
    public record Change(String askedBy, String change, LocalDate askedOn, String answer, LocalDate answeredOn) {

        public boolean answered() {
            return answer != null;
        }
    }

    /** One step of the plan: what it is, what helps, and where it stands, in plain words. */
    public record Step(int number, String what, String helps, String standing, boolean achieved, boolean current,
                       boolean next) {
    }

    /** One school week: how many half-days the pupil was in school, of those they could have been. */
    public record Week(LocalDate weekStarting, int halfDaysIn, int halfDaysOpen) {

        public int percent() {
            return halfDaysOpen == 0 ? 0 : (int) Math.round(100.0 * halfDaysIn / halfDaysOpen);
        }

        /** "4½ of 5 days": whole and half days, the way a family counts them. */
        public String inWords() {
            return days(halfDaysIn) + " of " + days(halfDaysOpen) + (halfDaysOpen == 2 ? " day" : " days");
        }

        private static String days(int halfDays) {
            String whole = halfDays / 2 == 0 && halfDays % 2 == 1 ? "" : String.valueOf(halfDays / 2);
            return whole + (halfDays % 2 == 1 ? "½" : "");
        }
    }

    public Step currentStep() {
        return steps.stream().filter(Step::current).findFirst().orElse(null);
    }

    public Step nextStep() {
        return steps.stream().filter(Step::next).findFirst().orElse(null);
    }
}
