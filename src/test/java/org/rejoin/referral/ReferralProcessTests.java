package org.rejoin.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rejoin.referral.ReferralProcess.Elements.*;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoin.engine.OwnEngineProcessTest;
import org.rejoin.engine.ProcessDriver;
import org.rejoin.referral.ReferralProcess.JobTypes;

/** A referral from request to outcome on the in-memory engine: every path, timers by time travel. */
@OwnEngineProcessTest
class ReferralProcessTests {

    private static final Duration A_MINUTE = Duration.ofMinutes(1);

    ZeebeTestEngine engine;
    ZeebeClient client;
    ProcessDriver driver;
    final String caseId = UUID.randomUUID().toString();

    @BeforeEach
    void deploy() throws IOException {
        driver = new ProcessDriver(engine, client).deploy("bpmn/multi-agency-referral.bpmn");
    }

    @Test
    void anAcceptedReferralGoesThroughThePartnersStepsAndReportsItsOutcome() {
        ReferralSteps referral = new ReferralSteps(driver, caseId).request();
        assertThat(driver.step(DESCRIBE).assignee()).isEqualTo(ReferralSteps.LEAD);
        assertThat(driver.step(DESCRIBE).candidateGroups()).contains("ATTENDANCE_CHAMPION");
        referral.describe(ReferralSteps.description(true));
        assertThat(driver.step(APPROVE).candidateGroups()).contains("LEADER");
        referral.approveAndSend();

        ProcessDriver.Step answer = driver.step(ACCEPT_OR_DECLINE);
        assertThat(answer.candidateGroups()).contains("PARTNER");
        assertThat(driver.variables(referral.instanceKey)).containsEntry("agencyId", referral.agencyId)
                .containsKeys("acceptReminderDate", "acceptDeadline");
        referral.accept();
        assertThat(driver.step(ASSESSMENT).candidateGroups()).contains("PARTNER");
        referral.partnerWorks("A family worker from Early Help, weekly");

        ActivatedJob report = driver.work(JobTypes.REPORT_OUTCOME, Map.of());
        assertThat(report.getVariablesAsMap()).containsEntry("referralId", referral.referralId)
                .containsEntry("caseId", caseId).containsEntry("referralOutcome", "COMPLETED")
                .containsEntry("agencyRecommendations", "A family worker from Early Help, weekly");
        driver.assertThatInstance(referral.instanceKey).isCompleted().hasNoIncidents()
                .hasPassedElementsInOrder(DESCRIBE, APPROVE, SEND_TO_AGENCY, ACCEPT_OR_DECLINE, RECORD_ACCEPTANCE,
                        ASSESSMENT, RECOMMENDATIONS, JOIN_PLAN_REVIEW, REPORT_OUTCOME, END_COMPLETED)
                .hasNotPassedElement(REMIND_AGENCY).hasNotPassedElement(CHASE_AGENCY);
    }

    @Test
    void aDeclinedReferralIsReportedAndGoesBackToTheChampionWithTheAgencysReason() {
        ReferralSteps referral = new ReferralSteps(driver, caseId).toAgency();
        driver.complete(ACCEPT_OR_DECLINE, "accept-referral", Map.of("agencyDecision", "decline",
                "declineReason", "Over our threshold: please try the Mental Health Support Team"));
        driver.work(JobTypes.RECORD_DECLINE);
        ActivatedJob report = driver.work(JobTypes.REPORT_OUTCOME, Map.of());
        assertThat(report.getVariablesAsMap()).containsEntry("referralOutcome", "DECLINED")
                .containsEntry("referralId", referral.referralId);

        ProcessDriver.Step review = driver.step(REVIEW_ALTERNATIVES);
        assertThat(review.assignee()).isEqualTo(ReferralSteps.LEAD);
        assertThat(driver.variables(referral.instanceKey))
                .containsEntry("declineReason", "Over our threshold: please try the Mental Health Support Team");
        driver.complete(review, "review-alternatives", Map.of("alternative", "OTHER_AGENCY",
                "alternativeNotes", "Refer to the Mental Health Support Team with the agency's note"));
        driver.assertThatInstance(referral.instanceKey).isCompleted().hasNoIncidents().hasPassedElement(END_DECLINED)
                .hasNotPassedElement(ASSESSMENT);
    }

    @Test
    void anUnansweredReferralIsRemindedAfterThreeDaysAndChasedByALeaderAfterFive() {
        ReferralSteps referral = new ReferralSteps(driver, caseId).toAgency();
        Instant reminder = driver.instant(referral.instanceKey, "acceptReminderDate");
        Instant deadline = driver.instant(referral.instanceKey, "acceptDeadline");
        assertThat(Duration.between(driver.now(), reminder)).isBetween(Duration.ofDays(3).minus(A_MINUTE), Duration.ofDays(3));
        assertThat(Duration.between(reminder, deadline)).isEqualTo(Duration.ofDays(2));

        driver.travelTo(reminder.minus(A_MINUTE));
        assertThat(driver.hasJob(JobTypes.REMIND_AGENCY)).as("a minute before the reminder").isFalse();
        driver.travel(A_MINUTE.multipliedBy(2));
        driver.work(JobTypes.REMIND_AGENCY);
        driver.assertThatInstance(referral.instanceKey).isWaitingAtElements(ACCEPT_OR_DECLINE);

        driver.travelTo(deadline.minus(A_MINUTE));
        assertThat(driver.hasJob(JobTypes.ESCALATE_UNANSWERED)).as("a minute before the deadline").isFalse();
        driver.travel(A_MINUTE.multipliedBy(2));
        driver.work(JobTypes.ESCALATE_UNANSWERED);
        assertThat(driver.step(CHASE_AGENCY).candidateGroups()).contains("LEADER");
        driver.assertThatInstance(referral.instanceKey).isWaitingAtElements(ACCEPT_OR_DECLINE, CHASE_AGENCY);
        driver.complete(CHASE_AGENCY, "chase-agency", Map.of("agencyType", "EARLY_HELP", "chaseMethod", "PHONE",
                "chaseNotes", "Duty manager will triage it tomorrow"));

        referral.accept();
        driver.assertThatInstance(referral.instanceKey).isWaitingAtElements(ASSESSMENT).hasNoIncidents()
                .hasPassedElement(REMIND_AGENCY, 1).hasPassedElement(CHASE_AGENCY, 1);
    }

    @Test
    void withoutConsentOrASafeguardingReasonTheReferralGoesBackToTheChampion() {
        ReferralSteps referral = new ReferralSteps(driver, caseId).request();
        referral.describe(ReferralSteps.description(false));

        assertThat(driver.variables(referral.instanceKey))
                .containsEntry("returnReason", "Consent is needed unless there is a safeguarding reason");
        driver.assertThatInstance(referral.instanceKey).isWaitingAtElements(DESCRIBE).hasPassedElement(CONSENT_NEEDED, 1)
                .hasNotPassedElement(APPROVE);

        Map<String, Object> withReason = new HashMap<>(ReferralSteps.description(false));
        withReason.put("safeguardingReason", "Telling the parents would put the pupil at risk (DSL agrees)");
        referral.describe(withReason);
        driver.assertThatInstance(referral.instanceKey).isWaitingAtElements(APPROVE).hasPassedElement(CONSENT_NEEDED, 1);
    }

    @Test
    void aLeaderCanReturnTheReferralToTheChampionWithAReason() {
        ReferralSteps referral = new ReferralSteps(driver, caseId).request();
        referral.describe(ReferralSteps.description(true));
        driver.complete(APPROVE, "approve-referral", Map.of("referralApproval", "return",
                "returnReason", "Say what the two meetings with mum agreed"));

        driver.assertThatInstance(referral.instanceKey).isWaitingAtElements(DESCRIBE).hasNotPassedElement(SEND_TO_AGENCY);
        assertThat(driver.variables(referral.instanceKey))
                .containsEntry("returnReason", "Say what the two meetings with mum agreed");
        referral.describe(ReferralSteps.description(true));
        referral.approveAndSend();
        driver.assertThatInstance(referral.instanceKey).isWaitingAtElements(ACCEPT_OR_DECLINE).hasPassedElement(DESCRIBE, 2);
    }

    @Test
    void aReferralItsStarterAlreadyDescribedGoesStraightToTheLeaderButStillNeedsConsent() {
        Map<String, Object> described = new HashMap<>(ReferralSteps.description(true));
        described.put("referralDescribed", true);
        ReferralSteps withConsent = new ReferralSteps(driver, caseId).request(described);
        driver.assertThatInstance(withConsent.instanceKey).isWaitingAtElements(APPROVE).hasNotPassedElement(DESCRIBE);

        described.put("parentalConsent", false);
        ReferralSteps withoutConsent = new ReferralSteps(driver, caseId).request(described);
        driver.assertThatInstance(withoutConsent.instanceKey).isWaitingAtElements(DESCRIBE);
    }

    @Test
    void twoReferralsForOnePupilDoNotCross() {
        ReferralSteps earlyHelp = new ReferralSteps(driver, caseId).toAgency();
        ReferralSteps mentalHealth = new ReferralSteps(driver, caseId).toAgency();
        assertThat(mentalHealth.instanceKey).isNotEqualTo(earlyHelp.instanceKey);
        assertThatThrownBy(() -> mentalHealth.request()).as("the same referral requested again starts nothing new");
        assertThat(driver.instances(ReferralProcess.PROCESS_ID)).hasSize(2);

        mentalHealth.accept();
        mentalHealth.partnerWorks("Six sessions with the Mental Health Support Team");
        earlyHelp.accept();
        earlyHelp.partnerWorks("A family worker, weekly");

        ActivatedJob first = driver.work(JobTypes.REPORT_OUTCOME, earlyHelp::mine, Map.of());
        ActivatedJob second = driver.work(JobTypes.REPORT_OUTCOME, mentalHealth::mine, Map.of());
        assertThat(first.getVariablesAsMap()).containsEntry("referralId", earlyHelp.referralId)
                .containsEntry("agencyRecommendations", "A family worker, weekly");
        assertThat(second.getVariablesAsMap()).containsEntry("referralId", mentalHealth.referralId)
                .containsEntry("agencyRecommendations", "Six sessions with the Mental Health Support Team");
        driver.assertThatInstance(earlyHelp.instanceKey).isCompleted();
        driver.assertThatInstance(mentalHealth.instanceKey).isCompleted();
    }

    @Test
    void aReferralWithdrawnWhileTheAgencyIsAskedEndsAtOnceAndReportsWithdrawnToWhoeverAsked() {
        ReferralSteps referral = new ReferralSteps(driver, caseId).toAgency();
        ReferralSteps other = new ReferralSteps(driver, caseId).toAgency();

        driver.publish(ReferralProcess.MESSAGE_WITHDRAWN, referral.referralId, referral.referralId + ":withdrawn",
                Map.of());
        driver.work(JobTypes.DROP_CLOSED_STEPS);
        ActivatedJob report = driver.work(JobTypes.REPORT_OUTCOME, Map.of());

        assertThat(report.getVariablesAsMap()).containsEntry("referralId", referral.referralId)
                .containsEntry("referralOutcome", "WITHDRAWN");
        driver.assertThatInstance(referral.instanceKey).isCompleted().hasNoIncidents()
                .hasPassedElementsInOrder(WITHDRAWN_START, DROP_WITHDRAWN_STEPS, REPORT_WITHDRAWN, END_WITHDRAWN)
                .hasNotPassedElement(ACCEPT_OR_DECLINE);
        assertThat(driver.steps(ACCEPT_OR_DECLINE)).as("the other referral's step is still open")
                .extracting(ProcessDriver.Step::instanceKey).containsExactly(other.instanceKey);
    }

    @Test
    void aReferralWithdrawnWhileTheAgencyWorksOnItClosesTheirStep() {
        ReferralSteps referral = new ReferralSteps(driver, caseId).toAgency();
        referral.accept();
        driver.assertThatInstance(referral.instanceKey).isWaitingAtElements(ASSESSMENT);

        driver.publish(ReferralProcess.MESSAGE_WITHDRAWN, referral.referralId, referral.referralId + ":withdrawn",
                Map.of());
        driver.work(JobTypes.DROP_CLOSED_STEPS);
        driver.work(JobTypes.REPORT_OUTCOME, Map.of());

        driver.assertThatInstance(referral.instanceKey).isCompleted().hasNotPassedElement(ASSESSMENT)
                .hasPassedElement(END_WITHDRAWN).hasNotPassedElement(END_COMPLETED);
        assertThat(driver.steps(ASSESSMENT)).as("the partner's step is closed, not left open").isEmpty();
    }
}
