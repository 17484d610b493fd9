package org.rejoin.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rejoin.support.PlanSteps.A_MINUTE;
import static org.rejoin.support.PlanSteps.step;
import static org.rejoin.support.SupportPlanProcess.Elements.*;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoin.engine.OwnEngineProcessTest;
import org.rejoin.engine.ProcessDriver;
import org.rejoin.support.SupportPlanProcess.JobTypes;

/** What happens beside the steps: overdue reviews, part-time timetables and safeguarding concerns. */
@OwnEngineProcessTest
class SupportPlanProcessBesideTheStepsTests {

    private static final List<String> DSLS = List.of("dsl@school.example", "deputy.dsl@school.example");

    ZeebeTestEngine engine;
    ZeebeClient client;
    ProcessDriver driver;
    PlanSteps plan;

    @BeforeEach
    void deploy() throws IOException {
        driver = new ProcessDriver(engine, client).deploy("bpmn/stepped-support-plan.bpmn");
        plan = new PlanSteps(driver);
        plan.agree(List.of(step("In for period 1 every day", "QUIET_SPACE"), step("Full days")));
    }

    @Test
    void aReviewNotDoneFiveSchoolDaysAfterItFellDueGoesToALeaderAndStaysOpen() {
        plan.reviewFallsDue();
        Instant overdue = driver.instant(plan.instanceKey, "reviewOverdueDate");
        assertThat(Duration.between(driver.now(), overdue)).isBetween(Duration.ofDays(5).minus(A_MINUTE), Duration.ofDays(5));

        driver.travelTo(overdue.minus(A_MINUTE));
        assertThat(driver.steps(REVIEW_OVERDUE)).as("a minute before").isEmpty();
        driver.travel(A_MINUTE.multipliedBy(2));
        assertThat(driver.step(REVIEW_OVERDUE).candidateGroups()).contains("LEADER");
        driver.assertThatInstance(plan.instanceKey).isWaitingAtElements(REVIEW, REVIEW_OVERDUE);

        driver.complete(REVIEW_OVERDUE, "review-overdue", Map.of("overdueAction", "REMIND",
                "overdueNotes", "Key adult was on a trip; review on Monday"));
        plan.review("achieved");
        plan.recordStepAchieved();
        driver.assertThatInstance(plan.instanceKey).isWaitingAtElements(REVIEW_DUE_TIMER)
                .hasPassedElement(REVIEW_OVERDUE, 1).hasNoIncidents();
    }

    @Test
    void aReviewDoneInTimeNeverGoesToALeader() {
        plan.reviewFallsDue();
        plan.review("achieved");
        plan.recordStepAchieved();
        driver.travel(Duration.ofDays(6));
        assertThat(driver.steps(REVIEW_OVERDUE)).isEmpty();
    }

    @Test
    void anApprovedPartTimeTimetableIsReviewedBeforeItEndsAndEscalatesIfNobodyDoes() {
        LocalDate start = driver.today().plusDays(1);
        LocalDate end = start.plusDays(28);
        proposePartTime(start, end);
        driver.complete(SIGN_OFF_PART_TIME, "sign-off-part-time-timetable", Map.of("partTimeDecision", "approve"));
        driver.work(JobTypes.SCHOOL_DAY_DEADLINES);

        Instant reviewDate = driver.instant(plan.instanceKey, "partTimeReviewDate");
        Instant endOfEndDate = end.atTime(16, 0).atZone(ProcessDriver.SCHOOL_ZONE).toInstant();
        assertThat(reviewDate).isEqualTo(endOfEndDate.minus(Duration.ofDays(3)));
        driver.travelTo(reviewDate.minus(A_MINUTE));
        assertThat(driver.steps(REVIEW_PART_TIME)).as("a minute before the review date").isEmpty();
        driver.travel(A_MINUTE.multipliedBy(2));
        assertThat(driver.step(REVIEW_PART_TIME).assignee()).isEqualTo(PlanSteps.LEAD);

        driver.travelTo(endOfEndDate.minus(A_MINUTE));
        assertThat(driver.steps(PART_TIME_EXPIRED)).as("a minute before it ends").isEmpty();
        driver.travel(A_MINUTE.multipliedBy(2));
        assertThat(driver.step(PART_TIME_EXPIRED).candidateGroups()).contains("LEADER");
        driver.complete(PART_TIME_EXPIRED, "part-time-expired", Map.of("partTimeExpiredAction", "FULL_DAYS",
                "partTimeExpiredNotes", "Back on full days from Monday"));
        driver.complete(REVIEW_PART_TIME, "review-part-time-timetable", Map.of("partTimeReviewOutcome", "FULL_DAYS",
                "partTimeReviewNotes", "Full days agreed with mum"));
        driver.assertThatInstance(plan.instanceKey).hasPassedElement(PART_TIME_EXPIRED, 1)
                .isNotWaitingAtElements(REVIEW_PART_TIME, PART_TIME_EXPIRED).hasNoIncidents();
    }

    @Test
    void aPartTimeTimetableReviewedInTimeDoesNotEscalate() {
        LocalDate end = driver.today().plusDays(10);
        proposePartTime(driver.today(), end);
        driver.complete(SIGN_OFF_PART_TIME, "sign-off-part-time-timetable", Map.of("partTimeDecision", "approve"));
        driver.work(JobTypes.SCHOOL_DAY_DEADLINES);
        driver.travelTo(driver.instant(plan.instanceKey, "partTimeReviewDate").plus(A_MINUTE));
        driver.complete(REVIEW_PART_TIME, "review-part-time-timetable", Map.of("partTimeReviewOutcome", "FULL_DAYS",
                "partTimeReviewNotes", "Full days agreed"));
        driver.travel(Duration.ofDays(4));
        assertThat(driver.steps(PART_TIME_EXPIRED)).isEmpty();
    }

    @Test
    void aPartTimeTimetableLongerThanSixWeeksIsNotAcceptedAndARefusedOneEnds() {
        // proposed outside Rejoin (Operate, say): no proposal id, so it cannot be withdrawn, but it runs
        driver.publish(SupportPlanProcess.MESSAGE_PART_TIME_PROPOSED, plan.caseId, null, Map.of());
        LocalDate start = driver.today();
        Map<String, Object> tooLong = partTime(start, start.plusDays(43));
        var record = driver.step(RECORD_PART_TIME);
        assertThat(driver.validate(record, "part-time-timetable", tooLong).isValid()).isFalse();
        assertThat(driver.validate(record, "part-time-timetable", partTime(start, start.minusDays(1))).isValid()).isFalse();
        Map<String, Object> withoutAgreement = new HashMap<>(partTime(start, start.plusDays(42)));
        withoutAgreement.put("parentalAgreement", false);
        assertThat(driver.validate(record, "part-time-timetable", withoutAgreement).isValid()).isFalse();

        driver.complete(record, "part-time-timetable", partTime(start, start.plusDays(42)));
        driver.complete(SIGN_OFF_PART_TIME, "sign-off-part-time-timetable", Map.of("partTimeDecision", "refuse",
                "partTimeDecisionNotes", "Try the quiet room for period 1 first"));
        driver.assertThatInstance(plan.instanceKey).hasPassedElement(END_PART_TIME_REFUSED)
                .hasNotPassedElement(SET_PART_TIME_REVIEW_DATE).isWaitingAtElements(REVIEW_DUE_TIMER);
    }

    @Test
    void aProposalWithdrawnBeforeItIsRecordedOrSignedOffEndsThereAndAnotherMayFollow() {
        String first = publishPartTimeProposal();
        withdraw(first);
        driver.work(JobTypes.DROP_CLOSED_STEPS);
        assertThat(driver.steps(RECORD_PART_TIME)).isEmpty();
        driver.assertThatInstance(plan.instanceKey).hasPassedElement(END_PART_TIME_WITHDRAWN, 1)
                .hasNotPassedElement(RECORD_PART_TIME).isWaitingAtElements(REVIEW_DUE_TIMER).hasNoIncidents();

        String second = publishPartTimeProposal();
        // another withdrawal of the first (a different message, buffered) never reaches the second proposal
        driver.publish(SupportPlanProcess.MESSAGE_PART_TIME_WITHDRAWN, first, "again:" + first, Map.of());
        driver.complete(RECORD_PART_TIME, "part-time-timetable", partTime(driver.today(), driver.today().plusDays(10)));
        assertThat(driver.steps(SIGN_OFF_PART_TIME)).hasSize(1);
        withdraw(second);
        driver.work(JobTypes.DROP_CLOSED_STEPS);
        assertThat(driver.steps(SIGN_OFF_PART_TIME)).isEmpty();
        driver.assertThatInstance(plan.instanceKey).hasPassedElement(END_PART_TIME_WITHDRAWN, 2)
                .hasNotPassedElement(SIGN_OFF_PART_TIME).hasNotPassedElement(SET_PART_TIME_REVIEW_DATE)
                .hasNoIncidents();
    }

    @Test
    void aSafeguardingConcernMidPlanGoesToTheDslsWhileThePlanCarriesOn() {
        plan.reviewFallsDue();
        driver.publish(SupportPlanProcess.MESSAGE_SAFEGUARDING_CONCERN, plan.caseId, null, Map.of(
                "safeguardingConcern", "Said there is no food at home", "safeguardingLeads", DSLS));

        ProcessDriver.Step response = driver.step(RESPOND_TO_SAFEGUARDING);
        assertThat(response.candidateUsers()).contains("dsl@school.example", "deputy.dsl@school.example");
        assertThat(Instant.parse(response.dueDate().replaceFirst("\\[.*]$", "")))
                .isBetween(driver.now().plus(Duration.ofHours(3)), driver.now().plus(Duration.ofHours(5)));
        driver.assertThatInstance(plan.instanceKey).isWaitingAtElements(REVIEW, RESPOND_TO_SAFEGUARDING);
        driver.complete(response, "safeguarding-response", Map.of("safeguardingAction", "CHILDRENS_SOCIAL_CARE",
                "safeguardingNotes", "Referred by phone at 10:05"));
        plan.review("achieved");
        driver.assertThatInstance(plan.instanceKey).hasPassedElement(RESPOND_TO_SAFEGUARDING, 1).hasNoIncidents();
    }

    private void proposePartTime(LocalDate start, LocalDate end) {
        publishPartTimeProposal();
        assertThat(driver.step(RECORD_PART_TIME).assignee()).isEqualTo(PlanSteps.LEAD);
        driver.complete(RECORD_PART_TIME, "part-time-timetable", partTime(start, end));
        assertThat(driver.step(SIGN_OFF_PART_TIME).candidateGroups()).contains("LEADER");
    }

    /** As the app proposes one: with the proposal's id, by which it may be withdrawn. */
    private String publishPartTimeProposal() {
        String proposal = java.util.UUID.randomUUID().toString();
        driver.publish(SupportPlanProcess.MESSAGE_PART_TIME_PROPOSED, plan.caseId, null,
                Map.of(SupportPlanProcess.Variables.PART_TIME_PROPOSAL_ID, proposal));
        return proposal;
    }

    private void withdraw(String proposal) {
        driver.publish(SupportPlanProcess.MESSAGE_PART_TIME_WITHDRAWN, proposal, "withdrawn:" + proposal, Map.of());
    }

    private static Map<String, Object> partTime(LocalDate start, LocalDate end) {
        return Map.of("partTimeReason", "Medical advice after an operation", "partTimeDay", "Mornings, in the base",
                "partTimeStartDate", start.toString(), "partTimeEndDate", end.toString(), "parentalAgreement", true);
    }
}
