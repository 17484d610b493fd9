package org.rejoin.ladder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rejoin.ladder.FormalSupportProcess.Elements.*;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoin.engine.OwnEngineProcessTest;
import org.rejoin.engine.ProcessDriver;
import org.rejoin.ladder.FormalSupportProcess.Forms;
import org.rejoin.ladder.FormalSupportProcess.JobTypes;

/**
 * The statutory ladder on the in-memory engine: the contract reviewed on its school-day date, Early Help through
 * the referral process's message, the notice to improve's improvement period, and the penalty notice guard rails
 * (bpmn/penalty-notice-rules.dmn) at their boundaries, with the engine's clock travelled rather than waited for.
 */
@OwnEngineProcessTest
class FormalSupportProcessTests {

    ZeebeTestEngine engine;
    ZeebeClient client;
    ProcessDriver driver;
    final String ladderId = UUID.randomUUID().toString();
    final String mother = UUID.randomUUID().toString();
    long instance;

    @BeforeEach
    void deployAndStart() throws IOException {
        driver = new ProcessDriver(engine, client).deploy("bpmn/formal-support.bpmn", "bpmn/penalty-notice-rules.dmn");
        Map<String, Object> variables = new HashMap<>();
        variables.put("ladderId", ladderId);
        variables.put("caseId", UUID.randomUUID().toString());
        variables.put("pupilId", UUID.randomUUID().toString());
        variables.put("schoolId", UUID.randomUUID().toString());
        variables.put("parents", List.of(Map.of("label", "Mother", "value", mother)));
        variables.put("penaltyNoticeWindow", "P3Y");
        variables.put("firstPenaltyAmount", 80);
        variables.put("firstPenaltyLateAmount", 160);
        variables.put("secondPenaltyAmount", 160);
        driver.publish(FormalSupportProcess.MESSAGE_REQUESTED, ladderId, ladderId, variables);
        instance = driver.instances(FormalSupportProcess.PROCESS_ID).getFirst();
    }

    @Test
    void anAgreedContractIsReviewedWhenItsSchoolDaysAreUp() {
        assertThat(driver.step(AGREE_CONTRACT).candidateGroups()).contains("ATTENDANCE_CHAMPION");
        agreeContract("AGREED", 30);
        driver.work(JobTypes.INFORM_FAMILY, job -> Map.of());
        driver.work(JobTypes.SCHOOL_DAY_DEADLINES);

        driver.travel(Duration.ofDays(29));
        assertThat(driver.steps(REVIEW_SUPPORT)).as("before the review date").isEmpty();
        driver.travel(Duration.ofDays(2));
        review("WORKING", "Attendance up from 71% to 90% since the contract");
        assertThat(driver.work(JobTypes.END, Map.of()).getCustomHeaders()).containsEntry("outcome", "SUPPORT_WORKING");

        driver.assertThatInstance(instance).isCompleted().hasNoIncidents().hasPassedElementsInOrder(
                AGREE_CONTRACT, INFORM_FAMILY_OF_CONTRACT, SET_CONTRACT_REVIEW_DATE, CONTRACT_REVIEW_DUE,
                REVIEW_SUPPORT, END_SUPPORT_WORKING);
    }

    @Test
    void aRefusedContractIsReviewedAtOnceAndEarlyHelpGoesThroughTheReferralProcess() {
        agreeContract("REFUSED", 30);
        driver.work(JobTypes.INFORM_FAMILY, job -> Map.of());
        review("EARLY_HELP", "Parents refused the contract; they agreed to an Early Help assessment");
        String referralId = UUID.randomUUID().toString();
        driver.work(JobTypes.REQUEST_EARLY_HELP, Map.of("earlyHelpReferralId", referralId));
        assertThat(driver.steps(REVIEW_SUPPORT)).as("waiting for the referral's outcome").isEmpty();

        driver.publish(FormalSupportProcess.MESSAGE_REFERRAL_OUTCOME, referralId, null,
                Map.of("referralOutcome", "COMPLETED"));

        assertThat(driver.variables(instance)).containsEntry("earlyHelpOutcome", "COMPLETED");
        review("CONSIDER_LEGAL", "No change in attendance after the assessment; family not engaging");
        assertThat(driver.step(DECIDE_LEGAL_INTERVENTION).candidateGroups()).contains("LEADER").doesNotContain("CHAMPION");
    }

    @Test
    void aNoticeToImproveGivesTheFamilyItsImprovementPeriodBeforeTheLeaderDecidesAgain() {
        toLeader();
        decide(Map.of("legalDecision", "NOTICE_TO_IMPROVE", "legalReason", "Contract broken twice",
                "improvementPeriod", "P28D", "improvementSupport", "Weekly check-in with the key adult"));
        driver.work(JobTypes.INFORM_FAMILY, job -> Map.of("noticeToImproveIssued", true));

        driver.travel(Duration.ofDays(27));
        assertThat(driver.steps(DECIDE_LEGAL_INTERVENTION)).as("inside the improvement period").isEmpty();
        driver.travel(Duration.ofDays(2));
        decide(Map.of("legalDecision", "NO_FURTHER_ACTION", "legalReason", "Attendance 94% in the period"));
        driver.work(JobTypes.END, Map.of());

        driver.assertThatInstance(instance).isCompleted().hasPassedElementsInOrder(DECIDE_LEGAL_INTERVENTION,
                INFORM_FAMILY_OF_NOTICE_TO_IMPROVE, IMPROVEMENT_PERIOD, DECIDE_LEGAL_INTERVENTION, END_NO_FURTHER_ACTION);
    }

    @Test
    void aFirstPenaltyNoticeAfterSupportAndANoticeToImproveGoesToTheLocalAuthorityAtTheLowerAmount() {
        toLeader();
        askForPenaltyNotice(true, true, List.of(), null);

        assertThat(driver.variables(instance)).containsEntry("penaltyNoticeLevel", "FIRST")
                .containsEntry("penaltyNoticeAmount", 80).containsEntry("penaltyNoticeLateAmount", 160);
        driver.complete(REQUEST_PENALTY_NOTICE, Forms.REQUEST_PENALTY_NOTICE,
                Map.of("penaltyNoticeRequestedOn", driver.today().toString()));
        driver.work(JobTypes.INFORM_FAMILY, job -> Map.of());
        driver.work(JobTypes.END, Map.of());
        driver.assertThatInstance(instance).isCompleted().hasNoIncidents().hasPassedElementsInOrder(
                GATHER_NOTICE_HISTORY, PENALTY_NOTICE_RULES, REQUEST_PENALTY_NOTICE, INFORM_FAMILY_OF_PENALTY_NOTICE,
                END_PENALTY_NOTICE_REQUESTED);
    }

    @Test
    void aPenaltyNoticeIsNeverTheFirstThingOnACase() {
        toLeader();
        askForPenaltyNotice(false, true, List.of(), null);

        assertRefusedBackToTheLeader("never the first thing on a case", "attendance contract");
    }

    @Test
    void fromTheThresholdStepTheLadderStartsAtTheLeadersDecisionAndTheGuardRailsStillApply() {
        String fromThreshold = UUID.randomUUID().toString();
        Map<String, Object> variables = new HashMap<>(driver.variables(instance));
        variables.keySet().retainAll(List.of("caseId", "pupilId", "schoolId", "parents", "penaltyNoticeWindow",
                "firstPenaltyAmount", "firstPenaltyLateAmount", "secondPenaltyAmount"));
        variables.put("ladderId", fromThreshold);
        variables.put(FormalSupportProcess.Variables.START_AT, FormalSupportProcess.Variables.START_AT_DECISION);
        driver.publish(FormalSupportProcess.MESSAGE_REQUESTED, fromThreshold, fromThreshold, variables);
        instance = driver.instances(FormalSupportProcess.PROCESS_ID).getLast();

        assertThat(driver.step(DECIDE_LEGAL_INTERVENTION).candidateGroups()).contains("LEADER");
        assertThat(driver.steps(AGREE_CONTRACT)).as("only the first ladder's contract").hasSize(1);
        askForPenaltyNotice(false, false, List.of(), "Refused every offer of support at the threshold meeting");
        assertRefusedBackToTheLeader("never the first thing on a case", "stepped support plan");
        driver.assertThatInstance(instance).hasPassedElementsInOrder(START, WHERE_TO_START,
                DECIDE_LEGAL_INTERVENTION, GATHER_NOTICE_HISTORY, PENALTY_NOTICE_RULES)
                .hasNotPassedElement(AGREE_CONTRACT);

        askForPenaltyNotice(true, false, List.of(), "Refused every offer of support at the threshold meeting");
        assertThat(driver.variables(instance)).containsEntry("penaltyNoticeLevel", "FIRST");
        assertThat(driver.steps(REQUEST_PENALTY_NOTICE)).hasSize(1);
    }

    @Test
    void aNoticeToImproveComesFirstUnlessTheSchoolSaysWhyNot() {
        toLeader();
        askForPenaltyNotice(true, false, List.of(), null);
        assertRefusedBackToTheLeader("A notice to improve comes first", "record why");

        askForPenaltyNotice(true, false, List.of(), "Term-time holiday of 10 days taken after a refused request");
        assertThat(driver.step(REQUEST_PENALTY_NOTICE)).isNotNull();
    }

    @Test
    void theSecondNoticeInThreeYearsIsAtTheHigherAmountAndAThirdIsRefusedWithTheAlternatives() {
        toLeader();
        LocalDate today = engineToday();
        askForPenaltyNotice(true, true, List.of(today.minusMonths(8).toString()), null);
        assertThat(driver.variables(instance)).containsEntry("penaltyNoticeLevel", "SECOND")
                .containsEntry("penaltyNoticeAmount", 160).containsEntry("penaltyNoticeLateAmount", 160);

        toLeader();
        askForPenaltyNotice(true, true, List.of(today.minusMonths(30).toString(), today.minusMonths(8).toString()), null);
        assertRefusedBackToTheLeader("2 penalty notices", "education supervision order");
    }

    @Test
    void twoNoticesStopCountingTheDayAfterThreeYearsHavePassed() {
        LocalDate issued = engineToday();
        List<String> twoNotices = List.of(issued.toString(), issued.toString());

        travelTo(issued.plusYears(3).minusDays(1));
        assertThat(rules(twoNotices)).as("one day inside 3 years").containsEntry("allowed", false);
        travelTo(issued.plusYears(3).plusDays(1));
        assertThat(rules(twoNotices)).as("one day past 3 years").containsEntry("allowed", true)
                .containsEntry("level", "FIRST");
    }

    @Test
    void oneNoticeMakesTheNextTheSecondOnlyWithinThreeYears() {
        LocalDate issued = engineToday();
        List<String> oneNotice = List.of(issued.toString());

        travelTo(issued.plusYears(3).minusDays(1));
        assertThat(rules(oneNotice)).containsEntry("level", "SECOND");
        travelTo(issued.plusYears(3).plusDays(1));
        assertThat(rules(oneNotice)).containsEntry("level", "FIRST");
    }

    @Test
    void aSupervisionOrderOrProsecutionReferralTellsTheFamilyAndEnds() {
        toLeader();
        decide(Map.of("legalDecision", "SUPERVISION_ORDER", "legalReason", "Two notices paid, no change"));
        var job = driver.work(JobTypes.INFORM_FAMILY, j -> Map.of());

        assertThat(job.getCustomHeaders()).containsEntry("rung", "LEGAL_REFERRAL");
        driver.work(JobTypes.END, Map.of());
        driver.assertThatInstance(instance).isCompleted().hasPassedElementsInOrder(
                INFORM_FAMILY_OF_LEGAL_REFERRAL, END_REFERRED_FOR_LEGAL_ACTION);
    }

    @Test
    void moreSupportTakesTheLadderBackToTheChampionsReview() {
        toLeader();
        decide(Map.of("legalDecision", "MORE_SUPPORT", "legalReason", "A new barrier came to light: a young carer"));

        assertThat(driver.step(REVIEW_SUPPORT).candidateGroups()).contains("ATTENDANCE_CHAMPION");
    }

    @Test
    void everyDecisionNeedsItsReason() {
        toLeader();
        var step = driver.step(DECIDE_LEGAL_INTERVENTION);
        assertThat(driver.validate(step, Forms.DECIDE_LEGAL_INTERVENTION,
                Map.of("legalDecision", "PROSECUTION")).isValid()).isFalse();
        assertThat(driver.validate(step, Forms.DECIDE_LEGAL_INTERVENTION,
                Map.of("legalDecision", "NOTICE_TO_IMPROVE", "legalReason", "x")).isValid())
                .as("a notice to improve needs its period and its support").isFalse();
    }

    // --- helpers

    private void agreeContract(String agreed, int schoolDays) {
        driver.complete(AGREE_CONTRACT, Forms.AGREE_CONTRACT, Map.of("contractTerms",
                "School: a key adult meets Sam every Monday. Family: Sam in school by 8:40 every day.",
                "contractReviewSchoolDays", schoolDays, "contractAgreed", agreed,
                "contractNotes", "Mother worried about the bus; father not present"));
    }

    private void review(String outcome, String reason) {
        driver.complete(REVIEW_SUPPORT, Forms.REVIEW_SUPPORT, Map.of("supportOutcome", outcome, "supportReason", reason));
    }

    private void decide(Map<String, Object> answers) {
        driver.complete(DECIDE_LEGAL_INTERVENTION, Forms.DECIDE_LEGAL_INTERVENTION, answers);
    }

    /** From the start to the leader's decision: a refused contract, the support not engaged with. */
    private void toLeader() {
        if (!driver.steps(AGREE_CONTRACT).isEmpty()) {
            agreeContract("REFUSED", 30);
            driver.work(JobTypes.INFORM_FAMILY, job -> Map.of());
            review("CONSIDER_LEGAL", "Contract refused, two meetings missed");
            return;
        }
        // after an allowed request: start the next ladder's decision by asking again in a new instance
        driver.complete(REQUEST_PENALTY_NOTICE, Forms.REQUEST_PENALTY_NOTICE,
                Map.of("penaltyNoticeRequestedOn", driver.today().toString()));
        driver.work(JobTypes.INFORM_FAMILY, job -> Map.of());
        driver.work(JobTypes.END, Map.of());
        String next = UUID.randomUUID().toString();
        Map<String, Object> variables = new HashMap<>(driver.variables(instance));
        variables.keySet().retainAll(List.of("caseId", "pupilId", "schoolId", "parents", "penaltyNoticeWindow",
                "firstPenaltyAmount", "firstPenaltyLateAmount", "secondPenaltyAmount"));
        variables.put("ladderId", next);
        driver.publish(FormalSupportProcess.MESSAGE_REQUESTED, next, next, variables);
        instance = driver.instances(FormalSupportProcess.PROCESS_ID).getLast();
        toLeader();
    }

    private void askForPenaltyNotice(boolean supportRecorded, boolean noticeToImproveIssued, List<String> earlier,
                                     String skipReason) {
        Map<String, Object> answers = new HashMap<>(Map.of("legalDecision", "PENALTY_NOTICE",
                "legalReason", "Notice to improve period over, attendance 62%", "parentContactId", mother));
        if (skipReason != null) {
            answers.put("noticeToImproveSkipReason", skipReason);
        }
        decide(answers);
        driver.work(JobTypes.NOTICE_HISTORY, Map.of("supportRecorded", supportRecorded,
                "noticeToImproveIssued", noticeToImproveIssued, "penaltyNoticesIssuedOn", earlier,
                "noticesCountedOn", engineToday().toString()));
    }

    private void assertRefusedBackToTheLeader(String reason, String alternative) {
        assertThat(driver.steps(REQUEST_PENALTY_NOTICE)).isEmpty();
        driver.step(instance, DECIDE_LEGAL_INTERVENTION);
        assertThat((String) driver.variables(instance).get("penaltyNoticeRefusal")).contains(reason)
                .contains(alternative);
    }

    /** The decision as the engine evaluates it now, with the case's other facts set so only the notices count. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> rules(List<String> earlier) {
        var response = client.newEvaluateDecisionCommand().decisionId(FormalSupportProcess.DECISION_ID)
                .variables(Map.of("supportRecorded", true, "noticeToImproveIssued", true,
                        "penaltyNoticesIssuedOn", earlier, "penaltyNoticeWindow", "P3Y",
                        "noticesCountedOn", engineToday().toString()))
                .send().join();
        assertThat(response.getFailureMessage()).isNullOrEmpty();
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readValue(response.getDecisionOutput(), Map.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The day on the engine's travelled clock. The worker that reads the record gives the decision this date
     * (noticesCountedOn): FEEL's today() in the in-memory engine reads the wall clock, not the travelled one.
     */
    private LocalDate engineToday() {
        return driver.now().atZone(ZoneOffset.UTC).toLocalDate();
    }

    private void travelTo(LocalDate day) {
        driver.travel(Duration.ofDays(ChronoUnit.DAYS.between(engineToday(), day)));
    }
}
