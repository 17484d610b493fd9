package org.rejoin.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rejoin.support.PlanSteps.A_MINUTE;
import static org.rejoin.support.PlanSteps.REVIEW_EVERY;
import static org.rejoin.support.PlanSteps.step;
import static org.rejoin.support.SupportPlanProcess.Elements.*;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoin.engine.OwnEngineProcessTest;
import org.rejoin.engine.ProcessDriver;
import org.rejoin.support.SupportPlanProcess.JobTypes;
import org.rejoin.support.SupportPlanProcess.Variables;

/**
 * Before each review, a plan whose family is invited waits three school days for the family's view, and goes on
 * without it, recorded as not received, when it does not come. On the in-memory engine, timers by time travel.
 */
@OwnEngineProcessTest
class SupportPlanProcessWithTheFamilyTests {

    private static final Duration WAIT = Duration.ofDays(3); // the test driver counts school days as calendar days

    ZeebeTestEngine engine;
    ZeebeClient client;
    ProcessDriver driver;
    PlanSteps plan;

    @BeforeEach
    void deploy() throws IOException {
        driver = new ProcessDriver(engine, client).deploy("bpmn/stepped-support-plan.bpmn");
        plan = new PlanSteps(driver);
        plan.agree(List.of(step("In for period 1 on Monday", "QUIET_SPACE"), step("Mornings every day")));
    }

    @Test
    void aReviewWhoseFamilyIsNotInvitedOpensAtOnceWithoutWaiting() {
        reviewFallsDue(false);

        assertThat(driver.hasJob(JobTypes.SCHOOL_DAY_DEADLINES)).isTrue();
        driver.work(JobTypes.SCHOOL_DAY_DEADLINES);
        driver.assertThatInstance(plan.instanceKey).isWaitingAtElements(REVIEW)
                .hasNotPassedElement(SET_FAMILY_VIEW_DATE).hasNotPassedElement(WAIT_FOR_FAMILY_VIEW).hasNoIncidents();
        assertThat(driver.variables(plan.instanceKey)).containsEntry(Variables.FAMILY_VIEW_RECEIVED, null);
    }

    @Test
    void anInvitedFamilysViewThatComesDuringTheWaitOpensTheReview() {
        reviewFallsDue(true);
        Instant beforeTheWait = driver.now();
        driver.work(JobTypes.SCHOOL_DAY_DEADLINES);
        Instant afterTheWait = driver.now();
        driver.assertThatInstance(plan.instanceKey).isWaitingAtElements(WAIT_FOR_FAMILY_VIEW);
        // the worker counts from when it runs, to the second, somewhere between the two
        assertThat(driver.instant(plan.instanceKey, Variables.FAMILY_VIEW_DUE_DATE)).isBetween(
                beforeTheWait.plus(WAIT).truncatedTo(ChronoUnit.SECONDS), afterTheWait.plus(WAIT));

        driver.travel(Duration.ofDays(1));
        familyGivesTheirView(plan.caseId);

        openReview();
        driver.assertThatInstance(plan.instanceKey).hasPassedElement(FAMILY_VIEW_GIVEN, 1)
                .hasNotPassedElement(FAMILY_VIEW_NOT_RECEIVED).hasNoIncidents();
        assertThat(driver.variables(plan.instanceKey)).containsEntry(Variables.FAMILY_VIEW_RECEIVED, true);
    }

    @Test
    void aViewGivenBeforeTheReviewFallsDueIsWaitingForIt() {
        driver.travel(Duration.ofDays(5));
        familyGivesTheirView(plan.caseId);
        driver.assertThatInstance(plan.instanceKey).isWaitingAtElements(REVIEW_DUE_TIMER);

        reviewFallsDue(true);
        driver.work(JobTypes.SCHOOL_DAY_DEADLINES);

        openReview();
        driver.assertThatInstance(plan.instanceKey).hasPassedElement(FAMILY_VIEW_GIVEN, 1).hasNoIncidents();
        assertThat(driver.variables(plan.instanceKey)).containsEntry(Variables.FAMILY_VIEW_RECEIVED, true);
    }

    @Test
    void withoutTheFamilysViewTheReviewGoesOnAfterThreeSchoolDaysRecordedAsNotReceived() {
        reviewFallsDue(true);
        Instant waitStarted = driver.now();
        driver.work(JobTypes.SCHOOL_DAY_DEADLINES);
        familyGivesTheirView(UUID.randomUUID().toString()); // another case's family

        driver.travelTo(waitStarted.plus(WAIT).minus(A_MINUTE));
        driver.assertThatInstance(plan.instanceKey).isWaitingAtElements(WAIT_FOR_FAMILY_VIEW);
        assertThat(driver.hasJob(JobTypes.SCHOOL_DAY_DEADLINES)).as("still waiting a minute before").isFalse();

        driver.travel(A_MINUTE.multipliedBy(2));
        openReview();
        driver.assertThatInstance(plan.instanceKey).hasPassedElement(FAMILY_VIEW_NOT_RECEIVED, 1)
                .hasNotPassedElement(FAMILY_VIEW_GIVEN).hasNoIncidents();
        assertThat(driver.variables(plan.instanceKey)).containsEntry(Variables.FAMILY_VIEW_RECEIVED, false);
    }

    @Test
    void eachReviewAsksAfreshAndForgetsTheLastReviewsAnswer() {
        reviewFallsDue(true);
        driver.work(JobTypes.SCHOOL_DAY_DEADLINES);
        driver.travel(WAIT.plus(A_MINUTE));
        openReview();
        assertThat(driver.variables(plan.instanceKey)).containsEntry(Variables.FAMILY_VIEW_RECEIVED, false);
        plan.review("achieved");
        plan.recordStepAchieved();

        reviewFallsDue(false); // access withdrawn since
        driver.work(JobTypes.SCHOOL_DAY_DEADLINES);
        assertThat(plan.currentStep()).isEqualTo("Mornings every day");
        assertThat(driver.variables(plan.instanceKey)).containsEntry(Variables.FAMILY_VIEW_RECEIVED, null);
        driver.assertThatInstance(plan.instanceKey).hasPassedElement(CHECK_FAMILY_INVITED, 2)
                .hasPassedElement(SET_FAMILY_VIEW_DATE, 1).hasNoIncidents();
    }

    /** The review falls due and the family worker answers whether anyone in the family is invited. */
    private void reviewFallsDue(boolean familyInvited) {
        Instant due = plan.waitingSince.plus(REVIEW_EVERY);
        driver.travelTo(due.minus(A_MINUTE));
        assertThat(driver.hasJob(JobTypes.FAMILY_INVITED)).as("a minute before the review is due").isFalse();
        driver.travel(A_MINUTE.multipliedBy(2));
        Map<String, Object> answer = new HashMap<>(); // as the family module's worker answers
        answer.put(Variables.FAMILY_INVITED, familyInvited);
        answer.put(Variables.FAMILY_VIEW_RECEIVED, null);
        var job = driver.work(JobTypes.FAMILY_INVITED, answer);
        assertThat(job.getVariablesAsMap()).containsEntry(Variables.CASE_ID, plan.caseId);
    }

    /** The review's own deadline is set after the wait, and the review opens for the key adult. */
    private void openReview() {
        driver.work(JobTypes.SCHOOL_DAY_DEADLINES);
        assertThat(driver.step(plan.instanceKey, REVIEW).assignee()).isEqualTo(PlanSteps.KEY_ADULT);
    }

    /** What the family module's relay publishes: no words, the case id as correlation key. */
    private void familyGivesTheirView(String caseId) {
        client.newPublishMessageCommand().messageName(SupportPlanProcess.MESSAGE_FAMILY_VIEW_GIVEN)
                .correlationKey(caseId).messageId("family-view:" + UUID.randomUUID())
                .timeToLive(SupportPlanProcess.FAMILY_VIEW_TIME_TO_LIVE).send().join();
        driver.idle();
    }
}
