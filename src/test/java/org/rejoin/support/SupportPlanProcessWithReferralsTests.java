package org.rejoin.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rejoin.support.PlanSteps.step;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoin.engine.OwnEngineProcessTest;
import org.rejoin.engine.ProcessDriver;
import org.rejoin.referral.ReferralProcess;
import org.rejoin.support.SupportPlanProcess.JobTypes;

/**
 * The plan and the referral process together, with their workers' messages played as the real workers
 * will send them: the plan's referrals run as referral processes and each outcome comes back to its own
 * follower in the plan.
 */
@OwnEngineProcessTest
class SupportPlanProcessWithReferralsTests {

    ZeebeTestEngine engine;
    ZeebeClient client;
    ProcessDriver driver;
    PlanSteps plan;

    @BeforeEach
    void deploy() throws IOException {
        driver = new ProcessDriver(engine, client).deploy("bpmn/stepped-support-plan.bpmn",
                "bpmn/multi-agency-referral.bpmn");
        plan = new PlanSteps(driver);
    }

    @Test
    void twoReferralsFromOnePlanRunSideBySideAndEachReportsBackToItsOwnFollower() {
        plan.agree(List.of(step("In for period 1 every day", "QUIET_SPACE"), step("Full days")));
        plan.reviewFallsDue();
        plan.review(Map.of("reviewOutcome", "stalledAgain", "referralAgencyType", "EARLY_HELP"));
        String earlyHelp = requestReferral();
        plan.reviewFallsDue();
        plan.review(Map.of("reviewOutcome", "stalledAgain", "referralAgencyType", "MENTAL_HEALTH_SUPPORT"));
        String mentalHealth = requestReferral();
        List<Long> referrals = driver.instances(ReferralProcess.PROCESS_ID);
        assertThat(referrals).hasSize(2);

        for (long referral : referrals) {
            driver.complete(driver.step(referral, ReferralProcess.Elements.DESCRIBE), "describe-referral", Map.of(
                    "agencyType", driver.variables(referral).get("agencyType"), "referralReason", "Stalled twice",
                    "triedSoFar", "A quieter start, then period 2", "parentalConsent", true));
            driver.complete(driver.step(referral, ReferralProcess.Elements.APPROVE), "approve-referral",
                    Map.of("referralApproval", "approve"));
            driver.work(ReferralProcess.JobTypes.SEND_TO_AGENCY, job -> Map.of("agencyId", UUID.randomUUID().toString()));
            driver.work(ReferralProcess.JobTypes.SCHOOL_DAY_DEADLINES);
        }
        long declined = referrals.getFirst();
        driver.complete(driver.step(declined, ReferralProcess.Elements.ACCEPT_OR_DECLINE), "accept-referral",
                Map.of("agencyDecision", "decline", "declineReason", "Not for us: try the school nurse"));
        driver.work(ReferralProcess.JobTypes.RECORD_DECLINE);
        reportOutcome();

        ActivatedJob first = driver.work(JobTypes.RECORD_REFERRAL_OUTCOME, Map.of());
        assertThat(first.getVariablesAsMap()).containsEntry("referralId", earlyHelp)
                .containsEntry("referralAgencyType", "EARLY_HELP").containsEntry("referralOutcome", "DECLINED");
        assertThat(driver.hasJob(JobTypes.RECORD_REFERRAL_OUTCOME)).isFalse();

        long accepted = referrals.getLast();
        driver.complete(driver.step(accepted, ReferralProcess.Elements.ACCEPT_OR_DECLINE), "accept-referral",
                Map.of("agencyDecision", "accept"));
        driver.work(ReferralProcess.JobTypes.RECORD_ACCEPTANCE);
        driver.complete(driver.step(accepted, ReferralProcess.Elements.ASSESSMENT), "agency-assessment", Map.of(
                "assessedOn", driver.today().toString(), "assessmentFindings", "Panic in crowds",
                "needsIdentified", "Graded exposure"));
        driver.complete(driver.step(accepted, ReferralProcess.Elements.RECOMMENDATIONS), "agency-recommendations",
                Map.of("agencyRecommendations", "Six sessions of CBT", "agencyInvolvement", "ONGOING"));
        driver.complete(driver.step(accepted, ReferralProcess.Elements.JOIN_PLAN_REVIEW), "join-plan-review", Map.of(
                "planReviewDate", driver.today().toString(), "agreedAtReview", "Sessions in school on Wednesdays"));
        reportOutcome();

        ActivatedJob second = driver.work(JobTypes.RECORD_REFERRAL_OUTCOME, Map.of());
        assertThat(second.getVariablesAsMap()).containsEntry("referralId", mentalHealth)
                .containsEntry("referralAgencyType", "MENTAL_HEALTH_SUPPORT").containsEntry("referralOutcome", "COMPLETED")
                .containsEntry("agencyRecommendations", "Six sessions of CBT");
        driver.assertThatInstance(plan.instanceKey).hasPassedElement(SupportPlanProcess.Elements.RECORD_REFERRAL_OUTCOME, 2)
                .hasNoIncidents();
        referrals.forEach(referral -> driver.assertThatInstance(referral).hasNoIncidents());
        driver.assertThatInstance(accepted).isCompleted();
    }

    @Test
    void aReferralTheSchoolWithdrawsReportsWithdrawnToThePlanWhichCarriesOn() {
        plan.agree(List.of(step("In for period 1 every day", "QUIET_SPACE"), step("Full days")));
        plan.reviewFallsDue();
        plan.review(Map.of("reviewOutcome", "stalledAgain", "referralAgencyType", "EARLY_HELP"));
        String referralId = requestReferral();
        long referral = driver.instances(ReferralProcess.PROCESS_ID).getFirst();
        driver.assertThatInstance(referral).isWaitingAtElements(ReferralProcess.Elements.DESCRIBE);

        driver.publish(ReferralProcess.MESSAGE_WITHDRAWN, referralId, referralId + ":withdrawn", Map.of());
        driver.work(ReferralProcess.JobTypes.DROP_CLOSED_STEPS);
        reportOutcome();

        ActivatedJob recorded = driver.work(JobTypes.RECORD_REFERRAL_OUTCOME, Map.of());
        assertThat(recorded.getVariablesAsMap()).containsEntry("referralId", referralId)
                .containsEntry("referralOutcome", "WITHDRAWN");
        driver.assertThatInstance(referral).isCompleted().hasPassedElement(ReferralProcess.Elements.END_WITHDRAWN);
        driver.assertThatInstance(plan.instanceKey).isActive().hasNoIncidents()
                .hasPassedElement(SupportPlanProcess.Elements.RECORD_REFERRAL_OUTCOME, 1);
    }

    /** The request-referral worker: a referral id from the job, published as ReferralRequested and returned. */
    private String requestReferral() {
        String[] id = new String[1];
        driver.work(JobTypes.REQUEST_REFERRAL, job -> {
            Map<String, Object> v = job.getVariablesAsMap();
            id[0] = UUID.nameUUIDFromBytes(Long.toString(job.getElementInstanceKey()).getBytes()).toString();
            Map<String, Object> referral = new HashMap<>(Map.of("referralId", id[0], "caseId", v.get("caseId"),
                    "pupilId", v.get("pupilId"), "schoolId", v.get("schoolId"), "leadChampion", v.get("leadChampion"),
                    "agencyType", v.get("referralAgencyType"), "origin", "PLAN",
                    "referralReminderSchoolDays", 3, "referralAcceptSchoolDays", 5));
            client.newPublishMessageCommand().messageName(ReferralProcess.MESSAGE_REFERRAL_REQUESTED)
                    .correlationKey(id[0]).messageId(id[0]).variables(referral).send().join();
            return Map.of("referralId", id[0]);
        });
        return id[0];
    }

    /** The report-outcome worker: ReferralOutcomeReported keyed by the referral id, with the outcome only. */
    private void reportOutcome() {
        driver.work(ReferralProcess.JobTypes.REPORT_OUTCOME, job -> {
            Map<String, Object> v = job.getVariablesAsMap();
            Map<String, Object> outcome = new HashMap<>();
            outcome.put("referralOutcome", v.get("referralOutcome"));
            outcome.put("agencyRecommendations", v.get("agencyRecommendations"));
            String referralId = (String) v.get("referralId");
            driver.publish(ReferralProcess.MESSAGE_OUTCOME_REPORTED, referralId, referralId + ":" + v.get("referralOutcome"),
                    outcome);
            return Map.of();
        });
    }
}
