package org.rejoin.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The process tests' driver itself, on {@link DeadlineStepProcess}: what it waits for (an expected job, an expected
 * step) it finds when it is there, and when it never comes the test still fails, after the wait, with the message
 * that names what was missing.
 */
@OwnEngineProcessTest
class ProcessDriverTests {

    static final String PROCESS = "driver-test";

    ZeebeTestEngine engine;
    ZeebeClient client;
    ProcessDriver driver;

    @BeforeEach
    void deployTheTwoStepProcess() {
        driver = new ProcessDriver(engine, client);
        client.newDeployResourceCommand().addProcessModel(DeadlineStepProcess.model(PROCESS), PROCESS + ".bpmn")
                .send().join();
    }

    @Test
    void theWantedJobIsWorkedAndTheOthersAreHandedBack() {
        long first = start(3);
        long second = start(5);

        var worked = driver.work(DeadlineStepProcess.JOB_TYPE, job -> job.getProcessInstanceKey() == second, Map.of());

        assertThat(worked.getProcessInstanceKey()).isEqualTo(second);
        assertThat(driver.step(second, DeadlineStepProcess.AFTER_DEADLINE).instanceKey()).isEqualTo(second);
        assertThat(driver.steps(DeadlineStepProcess.AFTER_DEADLINE)).as("the first instance's job is not worked yet")
                .hasSize(1);
        assertThat(driver.work(DeadlineStepProcess.JOB_TYPE).getProcessInstanceKey()).as("handed back, so offered again")
                .isEqualTo(first);
    }

    @Test
    void aStepThatNeverComesFailsNamingTheStep() {
        long instance = start(3);

        assertThatThrownBy(() -> driver.step(instance, DeadlineStepProcess.AFTER_DEADLINE))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("open steps at " + DeadlineStepProcess.AFTER_DEADLINE + " in " + instance);
    }

    @Test
    void aJobThatNeverComesFailsNamingItsType() {
        start(3);

        assertThatThrownBy(() -> driver.work("rejoin.no-such-job", Map.of()))
                .isInstanceOf(AssertionError.class).hasMessageContaining("a waiting job of type rejoin.no-such-job");
        assertThat(driver.hasJob(DeadlineStepProcess.JOB_TYPE)).as("the job not wanted is still waiting").isTrue();
    }

    private long start(int days) {
        long key = client.newCreateInstanceCommand().bpmnProcessId(PROCESS).latestVersion()
                .variables(Map.of("days", days, "schoolId", UUID.randomUUID().toString())).send().join()
                .getProcessInstanceKey();
        driver.idle();
        return key;
    }
}
