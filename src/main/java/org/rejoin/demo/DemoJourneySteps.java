package org.rejoin.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.rejoin.journey.JourneyProcess.Elements;
import org.rejoin.security.UserAccount;
import org.rejoin.support.SupportPlanProcess;

/**
 * The human steps of the eight-step journey and the first two of the support plan, in the order a case meets
 * them, each with who takes it and answers its form accepts. A demo case stops after some of them.
 */
final class DemoJourneySteps {

    record Step(String elementId, Function<DemoSchoolPeople, UserAccount> who, Map<String, Object> answers) {
    }

    /** Steps 1 to 8 of the journey, taken on this day; after the last one the support plan starts. */
    static List<Step> journey(DemoSchoolPeople people, LocalDate on) {
        String today = on.toString();
        return List.of(
                new Step(Elements.ACT_ON_DROP, DemoSchoolPeople::champion, Map.of("concernConfirmed", "yes",
                        "patternNotes", "Mondays missed since half term", "leadChampion", people.champion().username())),
                new Step(Elements.GATHER_EVIDENCE, DemoSchoolPeople::champion, Map.of("absencePattern",
                        "Mondays and Fridays", "lessonsMissed", "PE, maths", "knownContext", "Moved house in the summer")),
                new Step(Elements.ASSEMBLE_TEAM, DemoSchoolPeople::champion, Map.of("keyAdult",
                        people.keyAdult().username(), "colleagues", List.of(people.tutor().username()))),
                new Step(Elements.COLLEAGUE_INFORMATION, DemoSchoolPeople::tutor, Map.of("colleagueNoticed",
                        "Quiet and tired in form time", "attendanceInLessons", "SOME_MISSED")),
                new Step(Elements.GATHER_PUPIL_INFORMATION, DemoSchoolPeople::champion,
                        Map.of("healthInformation", "Asthma, managed with an inhaler")),
                new Step(Elements.INVITE_PARENTS, DemoSchoolPeople::champion, Map.of("invitationChannel", "LETTER",
                        "invitedOn", today, "invitationNotes", "Invited to talk about how we can help")),
                // a meeting that has already begun today: its timer fires at once, no waiting for the clock
                new Step(Elements.PARENT_RESPONSE, DemoSchoolPeople::champion, Map.of("parentResponse", "agreed",
                        "meetingDate", today, "meetingTime", "00:00")),
                new Step(Elements.PARENT_MEETING, DemoSchoolPeople::champion, Map.of("meetingAttendees",
                        "Mum, the lead champion", "parentsView", "Mornings are a battle",
                        "agreedNextSteps", "A named adult at the gate")),
                new Step(Elements.HEAR_FROM_PUPIL, DemoSchoolPeople::keyAdult, Map.of("pupilWorries",
                        "The noise in the canteen", "whatHelps", "Coming in before the crowds")),
                new Step(Elements.CREATE_PLAN, DemoSchoolPeople::champion, Map.of("barriers", List.of("ANXIETY", "SENSORY"),
                        "barrierDetails", "Worried about crowds", "agreedAdjustments", "Early entry by the side gate",
                        "firstGoals", "In for period 1 three days a week", "overallGoal", "Full days by Easter")));
    }

    /**
     * The journey of a family who would not come in: the parents decline twice, so the journey refers the case to
     * the Attendance Improvement Officer (a referral for the champion to describe) and goes on to hear from the
     * pupil. No step waits for a date (as the parents' meeting does), so it runs while the demo engine's clock is
     * still behind today ({@link DemoHistory}).
     */
    static List<Step> journeyWithoutTheParents(DemoSchoolPeople people, LocalDate on) {
        String today = on.toString();
        List<Step> journey = journey(people, on);
        List<Step> steps = new ArrayList<>(journey.subList(0, indexOf(journey, Elements.PARENT_RESPONSE)));
        steps.add(new Step(Elements.PARENT_RESPONSE, DemoSchoolPeople::champion, Map.of("parentResponse", "declined",
                "responseNotes", "Dad rang: they do not want to come in")));
        steps.add(new Step(Elements.SECOND_INVITATION, DemoSchoolPeople::champion, Map.of("secondInvitationChannel",
                "HOME_VISIT", "secondInvitedOn", today, "secondInvitationNotes", "Visited with the key adult")));
        steps.add(new Step(Elements.SECOND_PARENT_RESPONSE, DemoSchoolPeople::champion, Map.of("parentResponse",
                "declined", "responseNotes", "They still do not want to meet at school")));
        steps.addAll(journey.subList(indexOf(journey, Elements.HEAR_FROM_PUPIL), journey.size()));
        return steps;
    }

    /** The steps from the first of these elements up to, not including, the second (or to the end if it is null). */
    static List<Step> from(List<Step> steps, String first, String before) {
        return steps.subList(indexOf(steps, first), before == null ? steps.size() : indexOf(steps, before));
    }

    private static int indexOf(List<Step> steps, String elementId) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).elementId().equals(elementId)) {
                return i;
            }
        }
        throw new IllegalArgumentException("The journey has no step " + elementId);
    }

    /** Stages 1 and 2 of the support plan: views gathered, a goal and two graded steps agreed. */
    static List<Step> planAgreed() {
        return plan("I want to be in for art first", "Full days by Easter",
                List.of(step("A virtual check-in with the key adult", "QUIET_SPACE"),
                        step("Mornings in school", "DIFFERENT_ENTRANCE")),
                "MOTHER", "A call every Friday");
    }

    /** As {@link #planAgreed()} with three graded steps, for a plan reviewed over the weeks ({@link DemoHistory}). */
    static List<Step> planWithHistory() {
        return plan("I could come in if I did not have to walk in with everyone", "Full days after the February half term",
                List.of(step("In for period 1 with the key adult", "QUIET_SPACE"),
                        step("Mornings in school three days a week", "DIFFERENT_ENTRANCE"),
                        step("Full days four days a week", "QUIET_SPACE")),
                "FATHER", "A call after each review");
    }

    /** The champion gathers the pupil's view, then agrees the goal and its graded steps. */
    private static List<Step> plan(String pupilVoice, String overallGoal, List<Map<String, Object>> steps,
                                   String parentContact, String contactArrangements) {
        return List.of(
                new Step(SupportPlanProcess.Elements.GATHER_VIEWS, DemoSchoolPeople::champion,
                        Map.of("pupilVoice", pupilVoice)),
                new Step(SupportPlanProcess.Elements.AGREE_GOALS_AND_STEPS, DemoSchoolPeople::champion, Map.of(
                        "overallGoal", overallGoal, "steps", steps,
                        "parentContact", parentContact, "contactArrangements", contactArrangements)));
    }

    static Map<String, Object> step(String description, String adjustment) {
        return Map.of("description", description, "adjustments", List.of(adjustment));
    }

    private DemoJourneySteps() {
    }
}
