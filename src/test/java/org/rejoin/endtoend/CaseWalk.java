package org.rejoin.endtoend;

import static org.rejoin.endtoend.WholeCase.step;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rejoin.endtoend.WholeCase.Place;
import org.rejoin.journey.JourneyProcess;
import org.rejoin.referral.ReferralProcess;
import org.rejoin.support.SupportPlanProcess;

/**
 * The people of a {@link Place} taking one case through the eight steps, the stepped support plan and a
 * referral to Early Help from a stalled step, with answers each step's form accepts.
 */
public final class CaseWalk {

    private final WholeCase app;
    private final Place place;
    private final UUID caseId;

    public CaseWalk(WholeCase app, Place place, UUID caseId) {
        this.app = app;
        this.place = place;
        this.caseId = caseId;
    }

    /** Steps 1 to 8; the parents agree to a meeting that has already begun, so its timer fires at once. */
    public void journey() {
        firstFiveSteps();
        lastThreeSteps();
    }

    /** Steps 1 to 5: the concern, the evidence, the team, the pupil and the colleague's answer. */
    public void firstFiveSteps() {
        champion(JourneyProcess.Elements.ACT_ON_DROP, Map.of("concernConfirmed", "yes",
                "patternNotes", "Mondays missed since half term", "leadChampion", place.champion().username()));
        champion(JourneyProcess.Elements.GATHER_EVIDENCE, Map.of("absencePattern", "Mondays and Fridays",
                "lessonsMissed", "PE, maths", "knownContext", "Moved house in the summer"));
        champion(JourneyProcess.Elements.ASSEMBLE_TEAM, Map.of("keyAdult", place.keyAdult().username(),
                "colleagues", List.of(place.tutor().username())));
        app.complete(place.tutor(), caseId, JourneyProcess.Elements.COLLEAGUE_INFORMATION, Map.of(
                "colleagueNoticed", "Quiet and tired", "attendanceInLessons", "SOME_MISSED"));
        champion(JourneyProcess.Elements.GATHER_PUPIL_INFORMATION, Map.of("healthInformation", "Asthma"));
    }

    /** Steps 6 to 8: the parents come in, the pupil is heard, the plan is agreed. */
    public void lastThreeSteps() {
        String today = LocalDate.now().toString();
        champion(JourneyProcess.Elements.INVITE_PARENTS, Map.of("invitationChannel", "LETTER", "invitedOn", today,
                "invitationNotes", "Invited to talk about how we can help"));
        champion(JourneyProcess.Elements.PARENT_RESPONSE, Map.of("parentResponse", "agreed", "meetingDate", today,
                "meetingTime", "00:00"));
        champion(JourneyProcess.Elements.PARENT_MEETING, Map.of("meetingAttendees", "Mum, the lead champion",
                "parentsView", "Mornings are a battle", "agreedNextSteps", "A named adult at the gate"));
        app.complete(place.keyAdult(), caseId, JourneyProcess.Elements.HEAR_FROM_PUPIL, Map.of(
                "pupilWorries", "The noise in the canteen", "whatHelps", "Coming in before the crowds"));
        champion(JourneyProcess.Elements.CREATE_PLAN, Map.of("barriers", List.of("ANXIETY", "SENSORY"),
                "barrierDetails", "Worried about crowds", "agreedAdjustments", "Early entry by the side gate",
                "firstGoals", "In for period 1 three days a week", "overallGoal", "Full days by Easter"));
    }

    /** Stages 1 and 2: views gathered, a goal and two graded steps agreed. */
    public void agreePlan() {
        champion(SupportPlanProcess.Elements.GATHER_VIEWS, Map.of("pupilVoice", "I want to be in for art first"));
        champion(SupportPlanProcess.Elements.AGREE_GOALS_AND_STEPS, Map.of("overallGoal", "Full days by Easter",
                "steps", List.of(step("A virtual check-in with the key adult", "QUIET_SPACE"),
                        step("Mornings in school", "DIFFERENT_ENTRANCE")),
                "parentContact", "MOTHER", "contactArrangements", "A call every Friday"));
    }

    /** A review of the current step by the key adult: achieved, stalled, stalledAgain or allAchieved. */
    public void review(String outcome) {
        var answers = new java.util.HashMap<String, Object>(Map.of("reviewOutcome", outcome,
                "reviewNotes", "Talked it through in the library"));
        if (SupportPlanProcess.ReviewOutcomes.STALLED_AGAIN.equals(outcome)) {
            answers.put("referralAgencyType", "EARLY_HELP");
        }
        app.complete(place.keyAdult(), caseId, SupportPlanProcess.Elements.REVIEW, answers);
    }

    /** The referral a stalled step asked for: described, approved, accepted and worked by Early Help. */
    public void earlyHelpReferral() {
        champion(ReferralProcess.Elements.DESCRIBE, Map.of("agencyType", "EARLY_HELP",
                "referralReason", "Mornings at home have broken down", "triedSoFar", "Key adult at the gate",
                "parentalConsent", true));
        app.complete(place.leader(), caseId, ReferralProcess.Elements.APPROVE, Map.of("referralApproval", "approve"));
        partner(ReferralProcess.Elements.ACCEPT_OR_DECLINE, Map.of("agencyDecision", "accept"));
        partner(ReferralProcess.Elements.ASSESSMENT, Map.of("assessedOn", LocalDate.now().toString(),
                "assessmentFindings", "Caring for a younger sibling most mornings", "needsIdentified", "Respite"));
        partner(ReferralProcess.Elements.RECOMMENDATIONS, Map.of("agencyRecommendations", "A family support worker",
                "agencyInvolvement", "ONGOING"));
        partner(ReferralProcess.Elements.JOIN_PLAN_REVIEW, Map.of("planReviewDate", LocalDate.now().toString(),
                "agreedAtReview", "Breakfast club from Monday"));
    }

    private void champion(String elementId, Map<String, Object> answers) {
        app.complete(place.champion(), caseId, elementId, answers);
    }

    private void partner(String elementId, Map<String, Object> answers) {
        app.complete(place.earlyHelpPartner(), caseId, elementId, answers);
    }
}
