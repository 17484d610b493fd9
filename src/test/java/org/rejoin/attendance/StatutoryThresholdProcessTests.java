package org.rejoin.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rejoin.attendance.StatutoryThresholdProcess.Elements.*;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rejoin.attendance.StatutoryThresholdProcess.Forms;
import org.rejoin.engine.OwnEngineProcessTest;
import org.rejoin.engine.ProcessDriver;

/**
 * The statutory thresholds on the in-memory engine: the decision at its boundaries (9 and 10), and the process
 * down each of its two paths, with the step's due date read after travelling the engine's clock.
 */
@OwnEngineProcessTest
class StatutoryThresholdProcessTests {

    static final String FIND_CASE_JOB = "rejoin.ladder.threshold-case";
    static final String LADDER_FROM_THRESHOLD = "rejoin.ladder.start-from-threshold";

    ZeebeTestEngine engine;
    ZeebeClient client;
    ProcessDriver driver;
    final String pupilId = UUID.randomUUID().toString();
    final String schoolId = UUID.randomUUID().toString();

    @BeforeEach
    void deploy() throws IOException {
        driver = new ProcessDriver(engine, client).deploy("bpmn/statutory-threshold.bpmn",
                "bpmn/statutory-thresholds.dmn");
    }

    @ParameterizedTest(name = "{0} unauthorised sessions, {1} days in a row -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            0  | 0  |
            9  | 9  |
            10 | 9  | NATIONAL_FRAMEWORK
            9  | 10 | TELL_LOCAL_AUTHORITY
            20 | 10 | NATIONAL_FRAMEWORK TELL_LOCAL_AUTHORITY
            """)
    void theDecisionGivesAStepForEveryThresholdReached(int sessions, int days, String expected) {
        var response = client.newEvaluateDecisionCommand().decisionId(StatutoryThresholdProcess.DECISION_ID)
                .variables(Map.of("unauthorisedSessionsIn10SchoolWeeks", sessions, "continuousSchoolDaysAbsent", days))
                .send().join();
        assertThat(response.getFailureMessage()).isNullOrEmpty();
        String output = response.getDecisionOutput();
        List<String> thresholds = expected == null ? List.of() : List.of(expected.split(" "));
        for (String threshold : List.of("NATIONAL_FRAMEWORK", "TELL_LOCAL_AUTHORITY")) {
            assertThat(output.contains(threshold)).as(output).isEqualTo(thresholds.contains(threshold));
        }
    }

    @Test
    void tenUnauthorisedSessionsGiveTheChampionsTheNationalFrameworkStep() {
        reach("NATIONAL_FRAMEWORK", Map.of("unauthorisedSessions", 10, "periodStart", "2025-09-29"));
        findCase(null);

        ProcessDriver.Step step = driver.step(CONSIDER_NATIONAL_FRAMEWORK);
        assertThat(step.candidateGroups()).contains("ATTENDANCE_CHAMPION");
        Instant due = java.time.ZonedDateTime.parse(step.dueDate()).toInstant();
        driver.travel(Duration.ofDays(6));
        assertThat(driver.now()).isAfter(due);
        driver.complete(CONSIDER_NATIONAL_FRAMEWORK, Forms.CONSIDER_NATIONAL_FRAMEWORK, Map.of(
                "nationalFrameworkDecision", "NOT_NOW",
                "nationalFrameworkReason", "The family engaged with the support plan last week; review in a fortnight"));

        long instance = driver.instances(StatutoryThresholdProcess.PROCESS_ID).getFirst();
        driver.assertThatInstance(instance).isCompleted().hasNoIncidents()
                .hasPassedElementsInOrder(START, FIND_CASE, WHICH_THRESHOLD, CONSIDER_NATIONAL_FRAMEWORK,
                        NATIONAL_FRAMEWORK_DECISION, END_NATIONAL_FRAMEWORK);
        assertThat(driver.variables(instance)).containsEntry("nationalFrameworkDecision", "NOT_NOW");
        assertThat(driver.hasJob(LADDER_FROM_THRESHOLD)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"FORMAL_SUPPORT", "LEADER_DECISION"})
    void fromTheNationalFrameworkStepTheChampionStartsFormalSupportOnTheCase(String decision) {
        String caseId = UUID.randomUUID().toString();
        reach("NATIONAL_FRAMEWORK", Map.of("unauthorisedSessions", 12, "periodStart", "2025-09-29"));
        findCase(caseId);

        ProcessDriver.Step step = driver.step(CONSIDER_NATIONAL_FRAMEWORK);
        long instance = step.instanceKey();
        assertThat(driver.variables(instance)).containsEntry("caseId", caseId)
                .containsEntry("supportOffered", "12 Sep 2025 - Support plan step 1: Key adult meets her at the gate");
        driver.complete(CONSIDER_NATIONAL_FRAMEWORK, Forms.CONSIDER_NATIONAL_FRAMEWORK, Map.of(
                "nationalFrameworkDecision", decision,
                "nationalFrameworkReason", "Plan in place since September; attendance still falling"));

        var job = driver.work(LADDER_FROM_THRESHOLD, Map.of("ladderId", UUID.randomUUID().toString()));
        assertThat(job.getVariablesAsMap()).containsEntry("caseId", caseId)
                .containsEntry("nationalFrameworkDecision", decision);
        driver.assertThatInstance(instance).isCompleted().hasNoIncidents().hasPassedElementsInOrder(
                FIND_CASE, CONSIDER_NATIONAL_FRAMEWORK, NATIONAL_FRAMEWORK_DECISION, START_FORMAL_SUPPORT,
                END_FORMAL_SUPPORT_STARTED);
    }

    @Test
    void withoutAnOpenCaseTheStepOffersOnlyNotNowAndStartsNothing() {
        reach("NATIONAL_FRAMEWORK", Map.of("unauthorisedSessions", 10, "periodStart", "2025-09-29"));
        findCase(null);
        ProcessDriver.Step step = driver.step(CONSIDER_NATIONAL_FRAMEWORK);

        assertThat(driver.validate(step, Forms.CONSIDER_NATIONAL_FRAMEWORK, Map.of("nationalFrameworkDecision",
                "FORMAL_SUPPORT", "nationalFrameworkReason", "Start it")).isValid()).as("not an option").isFalse();
        driver.complete(CONSIDER_NATIONAL_FRAMEWORK, Forms.CONSIDER_NATIONAL_FRAMEWORK, Map.of(
                "nationalFrameworkDecision", "NOT_NOW", "nationalFrameworkReason", "Opening a case first"));
        driver.assertThatInstance(step.instanceKey()).isCompleted().hasPassedElement(END_NATIONAL_FRAMEWORK)
                .hasNotPassedElement(START_FORMAL_SUPPORT);
    }

    @Test
    void tenContinuousDaysGiveTheChampionsTheLocalAuthorityStepWithTheDateReached() {
        reach("TELL_LOCAL_AUTHORITY", Map.of("reachedOn", "2025-11-14"));
        findCase(null);

        ProcessDriver.Step step = driver.step(TELL_LOCAL_AUTHORITY);
        assertThat(step.candidateGroups()).contains("ATTENDANCE_CHAMPION");
        long instance = driver.instances(StatutoryThresholdProcess.PROCESS_ID).getFirst();
        assertThat(driver.variables(instance)).containsEntry("reachedOn", "2025-11-14");
        driver.complete(TELL_LOCAL_AUTHORITY, Forms.TELL_LOCAL_AUTHORITY, Map.of(
                "localAuthorityToldOn", "2025-11-17", "localAuthorityToldHow", "Emailed the attendance team"));

        driver.assertThatInstance(instance).isCompleted().hasNoIncidents()
                .hasPassedElementsInOrder(START, WHICH_THRESHOLD, TELL_LOCAL_AUTHORITY, END_LOCAL_AUTHORITY);
    }

    @Test
    void theSameThresholdPublishedTwiceIsRefusedAndMakesOneStep() {
        reach("TELL_LOCAL_AUTHORITY", Map.of("reachedOn", "2025-11-14"));
        // the app's Messages.publishOnce takes this answer as "already done"
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> reach("TELL_LOCAL_AUTHORITY",
                Map.of("reachedOn", "2025-11-14"))).hasMessageContaining("ALREADY_EXISTS");

        assertThat(driver.instances(StatutoryThresholdProcess.PROCESS_ID)).hasSize(1);
    }

    /** The ladder module's worker: the pupil's open case, if any, and the support offered on it. */
    private void findCase(String caseId) {
        driver.work(FIND_CASE_JOB, caseId == null ? Map.of("supportOffered", "No case is open for this pupil")
                : Map.of("caseId", caseId, "supportOffered",
                "12 Sep 2025 - Support plan step 1: Key adult meets her at the gate"));
    }

    private void reach(String threshold, Map<String, Object> facts) {
        var variables = new java.util.HashMap<String, Object>(facts);
        variables.put("threshold", threshold);
        variables.put("schoolId", schoolId);
        variables.put("pupilId", pupilId);
        String key = threshold + ":" + pupilId + ":" + facts.values();
        driver.publish(StatutoryThresholdProcess.MESSAGE_THRESHOLD_REACHED, key, key, variables);
    }
}
