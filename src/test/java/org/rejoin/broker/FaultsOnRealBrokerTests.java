package org.rejoin.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoin.engine.DeadlineStepProcess;
import org.rejoin.engine.Incidents.RetryOutcome;
import org.rejoin.engine.JobIncident;
import org.rejoin.inbox.TaskState;
import org.rejoin.inbox.internal.ProcessModels;
import org.rejoin.operations.IncidentService;
import org.rejoin.security.UserAccount;
import org.rejoin.security.UserService;
import org.springframework.data.domain.PageRequest;

/**
 * Faults on the real broker: PostgreSQL away while jobs run (each is failed, retried after its backoff
 * and done once, nothing half-written), and a worker that cannot do its step (an incident administrators see).
 */
class FaultsOnRealBrokerTests extends BrokerTestSupport {

    static final String DEADLINE_PROCESS = "broker-deadline-step";
    static final String DEADLINE_JOB = DeadlineStepProcess.JOB_TYPE;
    static final String AFTER_DEADLINE = DeadlineStepProcess.AFTER_DEADLINE;
    /** Long enough for the worker to meet the outage (Hikari gives up after 3 s in this app). */
    static final Duration OUTAGE = Duration.ofSeconds(10);

    @BeforeEach
    void aProcessWhoseFirstStepReadsTheSchoolCalendar() {
        BpmnModelInstance model = DeadlineStepProcess.model(DEADLINE_PROCESS);
        String xml = Bpmn.convertToString(model);
        RejoinOnBroker.bean(ProcessModels.class).learn(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        engine().newDeployResourceCommand().useGrpc().addProcessModel(model, DEADLINE_PROCESS + ".bpmn").send().join();
    }

    @AfterEach
    void theDatabaseIsBack() {
        RejoinOnBroker.databaseBack();
    }

    @Test
    void aServiceTaskRunWhilePostgresIsAwayIsFailedRetriedAfterItsBackoffAndDoneOnce() {
        double failedBefore = failedJobs(DEADLINE_JOB);
        RejoinOnBroker.databaseAway();
        long instance = startDeadlineProcess("2");
        await().pollDelay(OUTAGE).atMost(OUTAGE.plusSeconds(5)).until(() -> true);
        RejoinOnBroker.databaseBack();

        UUID next = awaitTask(instance, AFTER_DEADLINE);
        assertThat(failedJobs(DEADLINE_JOB)).as("the worker met the outage and failed its job")
                .isGreaterThan(failedBefore);
        assertThat(inbox().task(champion, next).orElseThrow().variables()).containsKey("dueDate");
        await().during(Duration.ofSeconds(3)).until(() -> rowsOf(instance, AFTER_DEADLINE) == 1);
        assertThat(openIncidentOf(instance)).isEmpty();
    }

    @Test
    void aUserTaskArrivingWhilePostgresIsAwayReachesTheInboxOnceWhenItIsBack() {
        RejoinOnBroker.databaseAway();
        long instance = startFor(champion);
        await().pollDelay(OUTAGE).atMost(OUTAGE.plusSeconds(5)).until(() -> true);
        RejoinOnBroker.databaseBack();

        UUID confirm = awaitTask(instance, CONFIRM_CONCERN);
        await().during(Duration.ofSeconds(3)).until(() -> rowsOf(instance, CONFIRM_CONCERN) == 1);
        confirmConcern(confirm);
        awaitReviewOfTheConfirmedDecision(instance);
        assertThat(inbox().task(champion, confirm).orElseThrow().state()).isEqualTo(TaskState.COMPLETED);
    }

    @Test
    void aWorkerThatCannotDoItsStepRaisesAnIncidentAdministratorsSee() {
        long instance = startDeadlineProcess("soon");

        JobIncident incident = await().atMost(TASK_ARRIVES).until(() -> openIncidentOf(instance), Optional::isPresent)
                .orElseThrow();
        assertThat(incident.elementId()).isEqualTo(DeadlineStepProcess.SET_DEADLINE);
        assertThat(incident.errorMessage()).isEqualTo("'days' is not a number of school days: soon");

        engine().newSetVariablesCommand(instance).useGrpc().variables(Map.of("days", 2)).send().join();
        // a bare 8.6 broker cannot search incidents, so Rejoin cannot resolve it: retries back, Operate resolves
        assertThat(RejoinOnBroker.bean(IncidentService.class).retry(admin(), incident.jobKey()))
                .isEqualTo(RetryOutcome.RESOLVE_IN_OPERATE);
        assertThat(openIncidentOf(instance)).isEmpty();
    }

    private long startDeadlineProcess(String days) {
        return engine().newCreateInstanceCommand().useGrpc().bpmnProcessId(DEADLINE_PROCESS).latestVersion()
                .variables(Map.of("schoolId", champion.schoolId().toString(), "days", days)).send().join()
                .getProcessInstanceKey();
    }

    private static Optional<JobIncident> openIncidentOf(long instance) {
        return RejoinOnBroker.bean(IncidentService.class).open(admin(), PageRequest.of(0, 200)).stream()
                .filter(i -> i.processInstanceKey() == instance).findFirst();
    }

    private static UserAccount admin() {
        return RejoinOnBroker.bean(UserService.class).findByUsername(RejoinOnBroker.ADMIN).orElseThrow();
    }

    private static double failedJobs(String jobType) {
        Counter counter = RejoinOnBroker.bean(MeterRegistry.class).find("camunda.job.invocations")
                .tag("action", "failed").tag("type", jobType).counter();
        return counter == null ? 0 : counter.count();
    }
}
