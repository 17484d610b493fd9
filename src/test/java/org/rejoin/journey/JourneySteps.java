package org.rejoin.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rejoin.journey.JourneyDriver.KEY_ADULT;
import static org.rejoin.journey.JourneyDriver.LEAD;
import static org.rejoin.journey.JourneyProcess.Elements.ACT_ON_DROP;
import static org.rejoin.journey.JourneyProcess.Elements.ASSEMBLE_TEAM;
import static org.rejoin.journey.JourneyProcess.Elements.COLLEAGUE_INFORMATION;
import static org.rejoin.journey.JourneyProcess.Elements.CREATE_PLAN;
import static org.rejoin.journey.JourneyProcess.Elements.GATHER_EVIDENCE;
import static org.rejoin.journey.JourneyProcess.Elements.GATHER_PUPIL_INFORMATION;
import static org.rejoin.journey.JourneyProcess.Elements.HEAR_FROM_PUPIL;
import static org.rejoin.journey.JourneyProcess.Elements.INVITE_PARENTS;
import static org.rejoin.journey.JourneyProcess.Elements.PARENT_MEETING;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.rejoin.journey.JourneyProcess.JobTypes;

/**
 * The journey's steps as the people and workers take them, with the answers their forms would submit.
 * Each method starts where the previous one left off.
 */
final class JourneySteps {

    private final JourneyDriver journey;

    JourneySteps(JourneyDriver journey) {
        this.journey = journey;
    }

    /** The concern is raised, its time limit set and the school's staff loaded: step 1 is open. */
    void raiseConcern() {
        journey.raiseConcern();
        journey.work(JobTypes.SCHOOL_DAY_DEADLINES);
        journey.work(JobTypes.LOAD_SCHOOL_STAFF);
    }

    void confirmConcern() {
        journey.complete(ACT_ON_DROP, "confirm-concern", Map.of("concernConfirmed", "yes",
                "patternNotes", "Mondays missed since half term", "leadChampion", LEAD));
    }

    /** Steps 2 and 3, then the team is recorded and the colleagues' dates set: steps 4 and 5 are open. */
    void gatherEvidenceAndAssembleTeam(List<String> colleagues) {
        assertThat(journey.step(GATHER_EVIDENCE).assignee()).isEqualTo(LEAD);
        journey.complete(GATHER_EVIDENCE, "gather-evidence", Map.of("absencePattern", "Mondays, and late on Fridays",
                "lessonsMissed", "PE", "knownContext", "Moved house in September", "previousSupport", "None yet"));
        journey.complete(ASSEMBLE_TEAM, "assemble-team", Map.of("keyAdult", KEY_ADULT, "colleagues", colleagues,
                "otherProfessionals", "School nurse"));
        journey.work(JobTypes.RECORD_TEAM);
        journey.work(JobTypes.SCHOOL_DAY_DEADLINES);
    }

    void gatherPupilInformation() {
        journey.complete(GATHER_PUPIL_INFORMATION, "pupil-information", Map.of(
                "pupilCircumstances", List.of("FREE_SCHOOL_MEALS", "YOUNG_CARER"),
                "healthInformation", "Asthma", "friendshipInformation", "A falling out in Year 8"));
    }

    void colleagueAnswers(String colleague) {
        journey.complete(journey.step(COLLEAGUE_INFORMATION, colleague), "colleague-information", Map.of(
                "colleagueNoticed", "Quiet and tired", "attendanceInLessons", "SOME_MISSED",
                "relationships", "Gets on well with staff", "suggestions", "A quiet start to the day"));
    }

    /** Steps 1 to 5 with the given colleagues answering at once: step 6 is open. */
    void toParentInvitation(List<String> colleagues) {
        raiseConcern();
        confirmConcern();
        gatherEvidenceAndAssembleTeam(colleagues);
        colleagues.forEach(this::colleagueAnswers);
        gatherPupilInformation();
    }

    /** Step 6's invitation is sent and the reply date set: the parents' reply is awaited. */
    void inviteParents() {
        journey.complete(INVITE_PARENTS, "invite-parents", Map.of("invitationChannel", "LETTER",
                "invitedOn", LocalDate.now().toString(), "invitationNotes", "Invited to talk about how we can help"));
        journey.work(JobTypes.SCHOOL_DAY_DEADLINES);
    }

    /** What parent-response submits when the parents agree to come in the day after tomorrow at 15:30. */
    Map<String, Object> parentsAgree() {
        LocalDate inTwoDays = journey.now().atZone(JourneyDriver.SCHOOL_ZONE).toLocalDate().plusDays(2);
        return Map.of("parentResponse", "agreed", "meetingDate", inTwoDays.toString(), "meetingTime", "15:30",
                "responseNotes", "Mum will come");
    }

    static Map<String, Object> parentsDecline() {
        return Map.of("parentResponse", "declined", "responseNotes", "They do not see a problem");
    }

    /** The meeting is scheduled, its time comes and it is recorded. */
    void meetParents() {
        journey.work(JobTypes.SCHEDULE_PARENT_MEETING);
        journey.travelTo(journey.instant("meetingStarts").plus(Duration.ofMinutes(1)));
        journey.complete(PARENT_MEETING, "parent-meeting", Map.of("meetingAttendees", "Mum, the lead champion",
                "parentsView", "Mornings are a battle", "agreedNextSteps", "A named adult at the gate"));
    }

    void hearFromPupil() {
        assertThat(journey.step(HEAR_FROM_PUPIL).assignee()).isEqualTo(KEY_ADULT);
        journey.complete(HEAR_FROM_PUPIL, "pupil-voice", Map.of("pupilWorries", "The noise in the canteen",
                "whatHelps", "Coming in before the crowds", "trustedAdult", "Ms Key",
                "contactPreferences", List.of("KEY_ADULT_CHAT")));
    }

    /** Step 8: the plan is agreed and recorded. */
    void createPlan() {
        assertThat(journey.step(CREATE_PLAN).assignee()).isEqualTo(LEAD);
        journey.complete(CREATE_PLAN, "reintegration-plan", Map.of("barriers", List.of("ANXIETY", "SENSORY"),
                "barrierDetails", "Worried about crowds", "agreedAdjustments", "Early entry by the side gate",
                "firstGoals", "In for period 1 three days a week", "overallGoal", "Full days by Easter"));
        journey.work(JobTypes.PLAN_AGREED);
    }
}
