package org.rejoin.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rejoin.attendance.StatutoryThresholdProcess.Elements.*;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rejoin.attendance.StatutoryThresholdProcess.Forms;
import org.rejoin.engine.ProcessDriver;

/**
 * The statutory thresholds on the in-memory engine: the decision at its boundaries (9 and 10), and the process
 * down each of its two paths, with the step's due date read after travelling the engine's clock.
 */
@Tag("own-engine")
@ZeebeProcessTest
class StatutoryThresholdProcessTests {

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
                .hasPassedElementsInOrder(START, WHICH_THRESHOLD, CONSIDER_NATIONAL_FRAMEWORK, END_NATIONAL_FRAMEWORK);
        assertThat(driver.variables(instance)).containsEntry("nationalFrameworkDecision", "NOT_NOW");
    }

    @Test
    void tenContinuousDaysGiveTheChampionsTheLocalAuthorityStepWithTheDateReached() {
        reach("TELL_LOCAL_AUTHORITY", Map.of("reachedOn", "2025-11-14"));

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

    private void reach(String threshold, Map<String, Object> facts) {
        var variables = new java.util.HashMap<String, Object>(facts);
        variables.put("threshold", threshold);
        variables.put("schoolId", schoolId);
        variables.put("pupilId", pupilId);
        String key = threshold + ":" + pupilId + ":" + facts.values();
        driver.publish(StatutoryThresholdProcess.MESSAGE_THRESHOLD_REACHED, key, key, variables);
    }
}
