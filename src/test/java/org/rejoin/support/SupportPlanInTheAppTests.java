package org.rejoin.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.rejoin.support.PlanInTheApp.states;
import static org.rejoin.support.PlanInTheApp.step;
import static org.rejoin.support.StepState.ACHIEVED;
import static org.rejoin.support.StepState.CURRENT;
import static org.rejoin.support.StepState.PLANNED;
import static org.rejoin.support.StepState.REPLACED;
import static org.rejoin.support.SupportPlanProcess.Elements.ADAPT_STEP;
import static org.rejoin.support.SupportPlanProcess.Elements.GATHER_VIEWS;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoin.TestData;
import org.rejoin.base.ui.UkDates;
import org.rejoin.casework.CaseService;
import org.rejoin.casework.CaseStage;
import org.rejoin.casework.ChronologyEntry;
import org.rejoin.casework.Chronology;
import org.rejoin.casework.EntryKind;
import org.rejoin.inbox.InboxService;
import org.rejoin.pupil.SchoolInfo;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * A plan in the whole app on the in-memory engine, its steps taken through the inbox. Reviews fall due
 * every second (the plan's own reviewEvery): the app's shared engine is never time-travelled.
 */
@org.rejoin.RejoinTest
class SupportPlanInTheAppTests {

    static final Duration EVERY_SECOND = Duration.ofSeconds(1);

    @Autowired
    TestData data;
    @Autowired
    CaseService cases;
    @Autowired
    Chronology chronology;
    @Autowired
    InboxService inbox;
    @Autowired
    SupportPlanService plans;

    SchoolInfo school;
    UserAccount champion;
    UUID pupil;
    UUID caseId;
    PlanInTheApp plan;

    @BeforeEach
    void aCaseWhoseJourneyIsDone() {
        school = data.school();
        champion = data.staff(school, Role.ATTENDANCE_CHAMPION, "Attendance champion");
        pupil = data.pupil(school, "Planned");
        caseId = cases.openByHand(champion, pupil, "Anxious about the crowds at the gate");
        plan = new PlanInTheApp(inbox, plans, champion, caseId);
    }

    @Test
    void aPlanIsWorkedThroughStepByStepAdaptedWhenItStallsAndClosedForFollowUp() {
        Instant began = Instant.now();
        plans.start(caseId, pupil, school.id(), champion.username(), champion.username(), Map.of(
                "pupilWorries", "The noise in the canteen", "whatHelps", "Coming in early", "colleagues", List.of("x")),
                EVERY_SECOND);
        var views = inbox.task(champion, plan.awaitStep(champion, GATHER_VIEWS).id()).orElseThrow();
        assertThat(views.variables()).containsEntry("pupilWorries", "The noise in the canteen")
                .doesNotContainKeys("colleagues", "reviewEvery"); // the step keeps only what its form shows
        assertThat(cases.find(champion, caseId).orElseThrow().summary().stage()).isEqualTo(CaseStage.SUPPORT_PLAN);
        assertThat(plans.plan(champion, caseId).orElseThrow().state()).isEqualTo(PlanState.GATHERING_VIEWS);

        plan.agree(List.of(step("In for period 1 on Monday and Tuesday", "QUIET_SPACE", "DIFFERENT_ENTRANCE"),
                step("Mornings every day", "QUIET_SPACE"), step("Full days")));
        SupportPlan agreed = plans.plan(champion, caseId).orElseThrow();
        LocalDate today = LocalDate.now(UkDates.ZONE);
        assertThat(agreed.overallGoal()).isEqualTo("Full days by Easter");
        assertThat(agreed.parentContact()).isEqualTo("MOTHER");
        assertThat(states(agreed)).containsExactly(CURRENT, PLANNED, PLANNED);
        assertThat(agreed.steps().getFirst().startedOn()).isEqualTo(today);
        assertThat(agreed.steps().getFirst().adjustments()).containsExactly("QUIET_SPACE", "DIFFERENT_ENTRANCE");
        assertThat(agreed.nextReviewDue()).isBetween(began, Instant.now().plusSeconds(2));

        plan.review(Map.of("reviewOutcome", "achieved", "reviewNotes", "In both days, proud of it"));
        SupportPlan second = plan.awaitPlan(p -> states(p).equals(List.of(ACHIEVED, CURRENT, PLANNED)));
        assertThat(second.steps().get(0).endedOn()).isEqualTo(today);
        assertThat(second.steps().get(1).startedOn()).isEqualTo(today);

        plan.review(Map.of("reviewOutcome", "stalled", "reviewNotes", "Mornings are too much at once"));
        plan.complete(ADAPT_STEP, Map.of("adaptation", "split", "adaptationReason", "Five mornings was too big a jump",
                "newSteps", List.of(step("Mornings on Monday and Tuesday", "QUIET_SPACE"),
                        step("Mornings Monday to Wednesday"))));
        SupportPlan split = plan.awaitPlan(p -> states(p).equals(List.of(ACHIEVED, REPLACED, CURRENT, PLANNED, PLANNED)));
        assertThat(split.steps()).extracting(PlanStep::description).containsExactly(
                "In for period 1 on Monday and Tuesday", "Mornings every day", "Mornings on Monday and Tuesday",
                "Mornings Monday to Wednesday", "Full days");

        plan.review(Map.of("reviewOutcome", "achieved", "reviewNotes", "Two mornings done"));
        plan.awaitPlan(p -> states(p).equals(List.of(ACHIEVED, REPLACED, ACHIEVED, CURRENT, PLANNED)));
        plan.review(Map.of("reviewOutcome", "allAchieved", "reviewNotes", "Full days since half term"));

        SupportPlan closed = plan.awaitPlan(p -> p.state() == PlanState.CLOSED_FOLLOWING_UP);
        assertThat(states(closed)).containsExactly(ACHIEVED, REPLACED, ACHIEVED, ACHIEVED, ACHIEVED);
        assertThat(closed.followUpOn()).isEqualTo(today.plusDays(42));
        assertThat(closed.nextReviewDue()).isNull();
        assertThat(plans.reviews(champion, caseId, PageRequest.of(0, 10)).getContent())
                .extracting(PlanReview::stepDescription, PlanReview::outcome).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Mornings Monday to Wednesday", "allAchieved"),
                        org.assertj.core.groups.Tuple.tuple("Mornings on Monday and Tuesday", "achieved"),
                        org.assertj.core.groups.Tuple.tuple("Mornings every day", "stalled"),
                        org.assertj.core.groups.Tuple.tuple("In for period 1 on Monday and Tuesday", "achieved"));
        assertThat(chronology.entries(champion, caseId, Set.of(EntryKind.CASE), PageRequest.of(0, 50)).getContent())
                .extracting(ChronologyEntry::title).contains(
                        "Step achieved: In for period 1 on Monday and Tuesday — celebrate it",
                        "Step split into 2 smaller steps: Mornings every day",
                        "Support plan closed: every step achieved");
    }

    @Test
    void aProposedPartTimeTimetableIsRecordedByTheLeadChampionAndSignedOffByALeader() {
        UserAccount leader = data.staff(school, Role.LEADER, "Deputy head");
        LocalDate start = LocalDate.now(UkDates.ZONE).plusDays(1);
        proposeAndRecordPartTime(start);
        plan.awaitPlan(p -> p.partTimeTimetables().getFirst().state() == PartTimeState.AWAITING_SIGN_OFF);
        plan.complete(leader, SupportPlanProcess.Elements.SIGN_OFF_PART_TIME, Map.of("partTimeDecision", "approve"));

        PartTimeTimetable approved = plan.awaitPlan(p -> p.partTimeTimetables().getFirst().state()
                == PartTimeState.APPROVED).partTimeTimetables().getFirst();
        assertThat(approved.startDate()).isEqualTo(start);
        assertThat(approved.endDate()).isEqualTo(start.plusDays(27));
        assertThat(approved.reducedDay()).isEqualTo("Mornings in the base");
        assertThat(approved.parentalAgreement()).isTrue();
        assertThat(approved.signedOffBy()).isEqualTo(leader.username());
        assertThat(plans.plan(champion, caseId).orElseThrow().state()).as("the plan carries on")
                .isEqualTo(PlanState.GATHERING_VIEWS);
    }

    @Test
    void aProposalWithdrawnWhileALeaderIsToSignItOffLeavesTheirInboxAndAnotherMayBeProposed() {
        UserAccount leader = data.staff(school, Role.LEADER, "Deputy head");
        proposeAndRecordPartTime(LocalDate.now(UkDates.ZONE).plusDays(1));
        plan.awaitStep(leader, SupportPlanProcess.Elements.SIGN_OFF_PART_TIME);

        plans.withdrawPartTimeProposal(champion, caseId, "The hospital changed its advice: full days are fine");

        assertThat(plans.plan(champion, caseId).orElseThrow().partTimeTimetables().getFirst())
                .extracting(PartTimeTimetable::state, PartTimeTimetable::withdrawReason)
                .containsExactly(PartTimeState.WITHDRAWN, "The hospital changed its advice: full days are fine");
        await().atMost(PlanInTheApp.WAIT).untilAsserted(() -> assertThat(inbox.openStepsOfCase(leader, caseId))
                .extracting(org.rejoin.inbox.InboxTask::elementId)
                .doesNotContain(SupportPlanProcess.Elements.SIGN_OFF_PART_TIME));
        plans.proposePartTimeTimetable(champion, caseId);
        plan.awaitStep(champion, SupportPlanProcess.Elements.RECORD_PART_TIME);
    }

    /** The plan started, a part-time timetable proposed and recorded by the lead champion for four weeks. */
    private void proposeAndRecordPartTime(LocalDate start) {
        plans.start(caseId, pupil, school.id(), champion.username(), champion.username(), Map.of());
        plan.awaitStep(champion, GATHER_VIEWS);
        plans.proposePartTimeTimetable(champion, caseId);
        plan.complete(SupportPlanProcess.Elements.RECORD_PART_TIME, Map.of("partTimeReason", "Medical advice",
                "partTimeDay", "Mornings in the base", "partTimeStartDate", start.toString(),
                "partTimeEndDate", start.plusDays(27).toString(), "parentalAgreement", true));
    }
}
