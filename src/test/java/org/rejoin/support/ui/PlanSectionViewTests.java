package org.rejoin.support.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoin.TestData;
import org.rejoin.ViewTestSupport;
import org.rejoin.base.ui.AttendanceChart;
import org.rejoin.base.ui.UkDates;
import org.rejoin.casework.CaseService;
import org.rejoin.inbox.StepCompleted;
import org.rejoin.pupil.SchoolInfo;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;
import org.rejoin.support.SupportPlanProcess;
import org.rejoin.support.internal.PlanStore;
import org.rejoin.support.internal.StepChanges;
import org.rejoin.support.internal.TaskRecords;
import org.springframework.beans.factory.annotation.Autowired;

/** The plan's section of the case page and its marks on the attendance chart, browserless, as each role. */
class PlanSectionViewTests extends ViewTestSupport {

    @Autowired
    TestData data;
    @Autowired
    CaseService cases;
    @Autowired
    PlanStore plans;
    @Autowired
    TaskRecords tasks;
    @Autowired
    StepChanges changes;

    SchoolInfo school;
    UserAccount champion;
    UUID caseId;
    LocalDate agreedOn;
    LocalDate firstAchievedOn;

    @BeforeEach
    void aPlanWhoseFirstStepIsAchievedAndWhoseReviewIsDue() {
        school = data.school();
        champion = data.staff(school, Role.ATTENDANCE_CHAMPION, "Attendance champion");
        UUID pupil = data.pupil(school, "Sectioned");
        caseId = cases.openByHand(champion, pupil, "Stopped coming after the summer");
        Instant agreedAt = Instant.now().minus(29, ChronoUnit.DAYS);
        plans.createIfNone(caseId, school.id(), pupil, champion.username(), champion.username(), Duration.ofDays(14));
        tasks.stepsAgreed(new StepCompleted(UUID.randomUUID(), caseId, SupportPlanProcess.PROCESS_ID,
                SupportPlanProcess.Elements.AGREE_GOALS_AND_STEPS, "2. Agree", champion.username(), agreedAt, Map.of(
                "overallGoal", "Full days by Easter", "parentContact", "FATHER", "contactArrangements", "Monday calls",
                "steps", List.of(Map.of("description", "In for period 1", "adjustments", List.of("QUIET_SPACE",
                                "OTHER"), "otherAdjustment", "Lunch in the library"),
                        Map.of("description", "Mornings every day"), Map.of("description", "Full days")))));
        agreedOn = agreedAt.atZone(UkDates.ZONE).toLocalDate();
        firstAchievedOn = agreedOn.plusDays(14);
        changes.achieved(caseId, 0, "job:" + UUID.randomUUID(), firstAchievedOn);
        tasks.reviewed(new StepCompleted(UUID.randomUUID(), caseId, SupportPlanProcess.PROCESS_ID,
                SupportPlanProcess.Elements.REVIEW, "3. Review", champion.username(), agreedAt.plus(14, ChronoUnit.DAYS),
                Map.of("reviewOutcome", "achieved", "reviewNotes", "In every day at 8:40")));
    }

    @Test
    void theStepsAreShownInOrderWithTheirStatesAdjustmentsAndThatTheReviewIsDueNow() {
        PlanPanel plan = openCase(champion);

        assertThat(texts(plan.stages.getChildren().toList())).containsExactly(
                "Gather everyone's views — done", "Agree the goal and the steps — done",
                "Work through the steps, one review at a time — now");
        assertThat(plan.stages.getChildren().toList().get(2).getElement().getAttribute("aria-current")).isEqualTo("step");
        assertThat(texts(plan.steps.steps.getChildren().toList())).containsExactly(
                "In for period 1 — Achieved, " + UkDates.format(agreedOn) + " to " + UkDates.format(firstAchievedOn)
                        + "Adjustments: a quiet space and Lunch in the library.",
                "Mornings every day — Working on it now, since " + UkDates.format(firstAchievedOn),
                "Full days — To come");
        assertThat(plan.nextReview.getText()).isEqualTo("Due now");
        assertThat(plan.reviews.table.getBody().getRows()).hasSize(1);
        assertThat(plan.reviews.table.getBody().getRows().getFirst().getElement().getTextRecursively())
                .contains("In for period 1", "Achieved: on to the next step", "In every day at 8:40",
                        champion.displayName()).doesNotContain(champion.username()); // who reviewed, by name
        var letter = plan.getChildren().filter(c -> c.getElement().getClassList().contains("plan-letter")).findFirst()
                .orElseThrow();
        assertThat(letter.getElement().getText()).isEqualTo("Download the plan for parents and carers (PDF)");
        assertThat(letter.getElement().getAttribute("href")).isNotBlank();
    }

    @Test
    void onlyChampionsAndLeadersMayProposeAPartTimeTimetableAndOnlyOneAtATime() {
        UserAccount tutor = data.staff(school, Role.SCHOOL_STAFF, "Form tutor");
        cases.recordTeam(caseId, champion.username(), champion.username(), List.of(tutor.username()));
        UserAccount leader = data.staff(school, Role.LEADER, "Deputy head");

        assertThat(openCase(tutor).proposal.open.isVisible()).isFalse();
        assertThat(openCase(leader).proposal.open.isVisible()).isTrue();
        PlanPanel plan = openCase(champion);
        assertThat(plan.proposal.open.isVisible()).isTrue();

        plan.proposal.open.click();
        plan.proposal.confirm.click();

        assertThat(plan.proposal.message.getText()).startsWith("Proposed.");
        PlanPanel again = openCase(champion);
        assertThat(again.proposal.open.isVisible()).isFalse();
        assertThat(again.partTimes.items.getElement().getTextRecursively())
                .contains("dates not recorded yet: Proposed: the lead champion records it");
        assertThat(openCase(tutor).proposal.withdraw.getParent()).as("only champions and leaders withdraw").isEmpty();
    }

    @Test
    void aProposalNotYetSignedOffIsWithdrawnSayingWhyAndAnotherCanThenBeProposed() {
        PlanPanel plan = openCase(champion);
        plan.proposal.open.click();
        plan.proposal.confirm.click();
        PartTimeProposal proposal = openCase(champion).proposal;
        assertThat(proposal.withdraw.isVisible()).isTrue();

        proposal.withdraw.click();
        assertThat(proposal.withdrawDialog.isOpened()).isTrue();
        proposal.withdraw();
        assertThat(proposal.withdrawReason.isInvalid()).isTrue();
        assertThat(proposal.withdrawReason.getErrorMessage()).isEqualTo("Say why the proposal is being withdrawn");
        assertThat(proposal.withdrawDialog.isOpened()).isTrue();

        proposal.withdrawReason.setValue("The family found another way");
        proposal.withdraw();
        assertThat(proposal.withdrawDialog.isOpened()).isFalse();
        assertThat(proposal.message.getText()).startsWith("Withdrawn.");
        PlanPanel after = openCase(champion);
        assertThat(after.proposal.open.isVisible()).isTrue();
        assertThat(after.partTimes.items.getElement().getTextRecursively())
                .contains("Withdrawn before sign-off: The family found another way");
    }

    @Test
    void eachStartedStepIsMarkedOnTheAttendanceChartFromItsStartToItsEndOrToday() {
        openCase(champion);

        assertThat(_get(AttendanceChart.class).getMarkers()).contains(
                new AttendanceChart.Marker(agreedOn, firstAchievedOn, "Step 1: In for period 1"),
                new AttendanceChart.Marker(firstAchievedOn, LocalDate.now(UkDates.ZONE), "Step 2: Mornings every day"));
        assertThat(_get(AttendanceChart.class).getMarkers()).extracting(AttendanceChart.Marker::label)
                .noneMatch(label -> label.contains("Full days"));
    }

    /** Signs in and opens the case page afresh (the page keeps the user it was made for). */
    private PlanPanel openCase(UserAccount user) {
        signInAs(user.username());
        navigate("cases");
        navigate("cases/" + caseId);
        return _get(PlanPanel.class);
    }

    private static List<String> texts(List<Component> items) {
        return items.stream().map(c -> c.getElement().getTextRecursively()).toList();
    }
}
