package org.rejoin.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rejoin.support.PlanSteps.A_MINUTE;
import static org.rejoin.support.PlanSteps.step;
import static org.rejoin.support.SupportPlanProcess.Elements.*;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoin.engine.OwnEngineProcessTest;
import org.rejoin.engine.ProcessDriver;
import org.rejoin.support.SupportPlanProcess.JobTypes;

/** The plan's steps, reviews, referrals and closure on the in-memory engine, timers by time travel. */
@OwnEngineProcessTest
class SupportPlanProcessTests {

    private static final List<Map<String, Object>> THREE_STEPS = List.of(
            step("In for period 1 on Monday and Tuesday", "QUIET_SPACE", "DIFFERENT_ENTRANCE"),
            step("Mornings every day", "QUIET_SPACE"),
            step("Full days"));

    ZeebeTestEngine engine;
    ZeebeClient client;
    ProcessDriver driver;
    PlanSteps plan;

    @BeforeEach
    void deploy() throws IOException {
        driver = new ProcessDriver(engine, client).deploy("bpmn/stepped-support-plan.bpmn");
        plan = new PlanSteps(driver);
    }

    @Test
    void achievedStepsAreWorkedThroughInOrderWithoutSkippingAny() {
        plan.agree(THREE_STEPS);
        assertThat(plan.stepIndex()).isZero();

        for (int index = 0; index < 3; index++) {
            plan.reviewFallsDue();
            assertThat(plan.stepIndex()).isEqualTo(index);
            assertThat(plan.currentStep()).isEqualTo(THREE_STEPS.get(index).get("description"));
            plan.review("achieved");
            plan.recordStepAchieved();
        }

        assertThat(plan.stepIndex()).isEqualTo(3);
        driver.assertThatInstance(plan.instanceKey).isWaitingAtElements(CLOSE_PLAN).hasPassedElement(REVIEW, 3)
                .hasPassedElement(RECORD_STEP_ACHIEVED, 3).hasNotPassedElement(ADAPT_STEP).hasNoIncidents();
        driver.work(JobTypes.CLOSE_PLAN);
        driver.assertThatInstance(plan.instanceKey).isWaitingAtElements(FOLLOW_UP_TIMER);
    }

    @Test
    void aStalledStepIsSplitIntoSmallerStepsAndReviewedAgain() {
        plan.agree(THREE_STEPS);
        plan.reviewFallsDue();
        plan.review("stalled");
        assertThat(driver.step(ADAPT_STEP).assignee()).isEqualTo(PlanSteps.KEY_ADULT);
        driver.complete(ADAPT_STEP, "adapt-step", Map.of("adaptation", "split", "adaptationReason", "Two days was too much",
                "newSteps", List.of(step("In for period 1 on Monday", "QUIET_SPACE"),
                        step("In for period 1 on Monday and Tuesday", "QUIET_SPACE"))));
        plan.recordStepAdapted();

        plan.reviewFallsDue();
        assertThat(plan.stepIndex()).isZero();
        assertThat(plan.currentStep()).isEqualTo("In for period 1 on Monday");
        assertThat((List<?>) driver.variables(plan.instanceKey).get("steps")).hasSize(4);
        driver.assertThatInstance(plan.instanceKey).hasPassedElement(RECORD_STEP_ADAPTED, 1)
                .hasNotPassedElement(RECORD_STEP_ACHIEVED).hasNoIncidents();
    }

    @Test
    void aStepThatStallsAgainRaisesAReferralWhileTheReviewsCarryOn() {
        plan.agree(THREE_STEPS);
        plan.reviewFallsDue();
        plan.review("stalled");
        driver.complete(ADAPT_STEP, "adapt-step", Map.of("adaptation", "adapt", "adaptationReason", "Too early",
                "newSteps", List.of(step("In for period 2 on Monday and Tuesday", "QUIET_SPACE"))));
        plan.recordStepAdapted();
        plan.reviewFallsDue();
        plan.review(Map.of("reviewOutcome", "stalledAgain", "referralAgencyType", "MENTAL_HEALTH_SUPPORT"));

        ActivatedJob request = driver.work(JobTypes.REQUEST_REFERRAL, Map.of("referralId", "referral-1"));
        assertThat(request.getVariablesAsMap()).containsEntry("caseId", plan.caseId)
                .containsEntry("referralAgencyType", "MENTAL_HEALTH_SUPPORT").containsEntry("leadChampion", PlanSteps.LEAD);
        driver.assertThatInstance(plan.instanceKey).isWaitingAtElements(REVIEW_DUE_TIMER, REFERRAL_OUTCOME);
        assertThat(plan.stepIndex()).as("the step stays the same").isZero();

        plan.reviewFallsDue();
        assertThat(plan.currentStep()).isEqualTo("In for period 2 on Monday and Tuesday");
        reportOutcome("referral-1", "COMPLETED", "Six sessions with the Mental Health Support Team");
        ActivatedJob recorded = driver.work(JobTypes.RECORD_REFERRAL_OUTCOME, Map.of());
        assertThat(recorded.getVariablesAsMap()).containsEntry("referralId", "referral-1")
                .containsEntry("referralOutcome", "COMPLETED");
        driver.assertThatInstance(plan.instanceKey).isWaitingAtElements(REVIEW).hasNoIncidents();
    }

    @Test
    void twoReferralsForOnePupilEachGetTheirOwnOutcome() {
        plan.agree(THREE_STEPS);
        plan.reviewFallsDue();
        plan.review(Map.of("reviewOutcome", "stalledAgain", "referralAgencyType", "EARLY_HELP"));
        driver.work(JobTypes.REQUEST_REFERRAL, Map.of("referralId", "early-help"));
        plan.reviewFallsDue();
        plan.review(Map.of("reviewOutcome", "stalledAgain", "referralAgencyType", "EDUCATIONAL_PSYCHOLOGY"));
        ActivatedJob second = driver.work(JobTypes.REQUEST_REFERRAL, Map.of("referralId", "psychology"));
        assertThat(second.getVariablesAsMap()).containsEntry("referralAgencyType", "EDUCATIONAL_PSYCHOLOGY");

        reportOutcome("psychology", "COMPLETED", "An assessment of working memory");
        ActivatedJob psychology = driver.work(JobTypes.RECORD_REFERRAL_OUTCOME, Map.of());
        assertThat(psychology.getVariablesAsMap()).containsEntry("referralId", "psychology")
                .containsEntry("referralAgencyType", "EDUCATIONAL_PSYCHOLOGY")
                .containsEntry("agencyRecommendations", "An assessment of working memory");
        assertThat(driver.hasJob(JobTypes.RECORD_REFERRAL_OUTCOME)).as("early help has not reported").isFalse();
        driver.assertThatInstance(plan.instanceKey).isWaitingAtElements(REVIEW_DUE_TIMER, REFERRAL_OUTCOME);

        reportOutcome("early-help", "DECLINED", null);
        ActivatedJob earlyHelp = driver.work(JobTypes.RECORD_REFERRAL_OUTCOME, Map.of());
        assertThat(earlyHelp.getVariablesAsMap()).containsEntry("referralId", "early-help")
                .containsEntry("referralAgencyType", "EARLY_HELP").containsEntry("referralOutcome", "DECLINED")
                .containsEntry("agencyRecommendations", null);
        driver.assertThatInstance(plan.instanceKey).isWaitingAtElements(REVIEW_DUE_TIMER)
                .hasPassedElement(RECORD_REFERRAL_OUTCOME, 2).hasNoIncidents();
        assertThat(driver.variables(plan.instanceKey)).doesNotContainKeys("referralId", "referralOutcome")
                .containsEntry("caseId", plan.caseId);
    }

    @Test
    void aClosedPlanWhoseAttendanceHoldsClosesTheCaseAfterSixWeeks() {
        closePlanAndWaitSixWeeks();
        driver.work(JobTypes.FOLLOW_UP_CHECK, Map.of("sustained", true));
        driver.work(JobTypes.CLOSE_CASE);
        driver.assertThatInstance(plan.instanceKey).isCompleted().hasPassedElement(END_CASE_CLOSED)
                .hasNotPassedElement(RELAPSE).hasNoIncidents();
    }

    @Test
    void aClosedPlanWhoseAttendanceFallsAgainGoesBackToReviews() {
        closePlanAndWaitSixWeeks();
        driver.work(JobTypes.FOLLOW_UP_CHECK, Map.of("sustained", false));
        plan.waitingSince = driver.now();

        driver.assertThatInstance(plan.instanceKey).isWaitingAtElements(REVIEW_DUE_TIMER).hasPassedElement(RELAPSE, 1)
                .hasNotPassedElement(CLOSE_CASE);
        assertThat(plan.stepIndex()).as("back on the last step").isEqualTo(2);
        plan.reviewFallsDue();
        assertThat(plan.currentStep()).isEqualTo("Full days");
        plan.review("allAchieved");
        driver.work(JobTypes.CLOSE_PLAN);
        driver.assertThatInstance(plan.instanceKey).isWaitingAtElements(FOLLOW_UP_TIMER).hasPassedElement(CLOSE_PLAN, 2);
    }

    /** All achieved at the first review, the plan closed, the follow-up check falls due (a minute before and after). */
    private void closePlanAndWaitSixWeeks() {
        plan.agree(THREE_STEPS);
        plan.reviewFallsDue();
        plan.review("allAchieved");
        driver.work(JobTypes.CLOSE_PLAN);
        var followUp = driver.now().plus(Duration.ofDays(42));
        driver.travelTo(followUp.minus(A_MINUTE));
        assertThat(driver.hasJob(JobTypes.FOLLOW_UP_CHECK)).as("a minute before six weeks").isFalse();
        driver.travel(A_MINUTE.multipliedBy(2));
        // the engine fires a due timer on its own schedule, after the time jump: idle can come first on a busy machine
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> driver.hasJob(JobTypes.FOLLOW_UP_CHECK));
    }

    /** What the referral's report-outcome worker publishes. */
    private void reportOutcome(String referralId, String outcome, String recommendations) {
        java.util.Map<String, Object> variables = new java.util.HashMap<>();
        variables.put("referralOutcome", outcome);
        variables.put("agencyRecommendations", recommendations);
        variables.put("caseId", "must-not-leak");
        driver.publish(SupportPlanProcess.MESSAGE_REFERRAL_OUTCOME, referralId, referralId + ":" + outcome, variables);
    }
}
