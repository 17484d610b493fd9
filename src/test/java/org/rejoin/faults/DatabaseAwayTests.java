package org.rejoin.faults;

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
import org.junit.jupiter.api.Tag;
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
 * PostgreSQL away while jobs arrive (each is failed, retried after its backoff and done once, nothing
 * half-written), and a worker that cannot do its step (an incident administrators see), in the external run.
 */
@Tag("own-engine")
class DatabaseAwayTests extends FaultTestSupport {

    static final String DEADLINE_PROCESS = "fault-deadline-step";
    static final String DEADLINE_JOB = DeadlineStepProcess.JOB_TYPE;
    static final String AFTER_DEADLINE = DeadlineStepProcess.AFTER_DEADLINE;
    /** Long enough for the worker to meet the outage (Hikari gives up after 3 s in this app). */
    static final Duration OUTAGE = Duration.ofSeconds(10);

    @BeforeEach
    void aProcessWhoseFirstStepReadsTheSchoolCalendar() {
        BpmnModelInstance model = DeadlineStepProcess.model(DEADLINE_PROCESS);
        String xml = Bpmn.convertToString(model);
        RejoinOnItsOwnEngine.bean(ProcessModels.class).learn(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        engine().newDeployResourceCommand().useGrpc().addProcessModel(model, DEADLINE_PROCESS + ".bpmn").send().join();
    }

    @Test
    void aServiceTaskRunWhilePostgresIsAwayIsFailedRetriedAfterItsBackoffAndDoneOnce() {
        double failedBefore = failedJobs(DEADLINE_JOB);
        RejoinOnItsOwnEngine.databaseAway();
        long instance = startDeadlineProcess("2");
        await().pollDelay(OUTAGE).atMost(OUTAGE.plusSeconds(5)).until(() -> true);
        RejoinOnItsOwnEngine.databaseBack();

        UUID next = awaitTask(instance, AFTER_DEADLINE);
        assertThat(failedJobs(DEADLINE_JOB)).as("the worker met the outage and failed its job")
                .isGreaterThan(failedBefore);
        assertThat(inbox().task(champion, next).orElseThrow().variables()).containsKey("dueDate");
        await().during(Duration.ofSeconds(3)).until(() -> rowsOf(instance, AFTER_DEADLINE) == 1);
        assertThat(openIncidentOf(instance)).isEmpty();
    }

    @Test
    void aUserTaskArrivingWhilePostgresIsAwayReachesTheInboxOnceWhenItIsBack() {
        RejoinOnItsOwnEngine.databaseAway();
        long instance = startFor(champion);
        await().pollDelay(OUTAGE).atMost(OUTAGE.plusSeconds(5)).until(() -> true);
        RejoinOnItsOwnEngine.databaseBack();

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
        // an engine without Camunda's REST search (this in-memory one, a bare broker) cannot find the incident's
        // key, so Rejoin cannot resolve it: the retries are given back and Operate resolves it
        assertThat(RejoinOnItsOwnEngine.bean(IncidentService.class).retry(admin(), incident.jobKey()))
                .isEqualTo(RetryOutcome.RESOLVE_IN_OPERATE);
        assertThat(openIncidentOf(instance)).isEmpty();
    }

    private long startDeadlineProcess(String days) {
        return engine().newCreateInstanceCommand().useGrpc().bpmnProcessId(DEADLINE_PROCESS).latestVersion()
                .variables(Map.of("schoolId", champion.schoolId().toString(), "days", days)).send().join()
                .getProcessInstanceKey();
    }

    private static Optional<JobIncident> openIncidentOf(long instance) {
        return RejoinOnItsOwnEngine.bean(IncidentService.class).open(admin(), PageRequest.of(0, 200)).stream()
                .filter(i -> i.processInstanceKey() == instance).findFirst();
    }

    private static UserAccount admin() {
        return RejoinOnItsOwnEngine.bean(UserService.class).findByUsername(RejoinOnItsOwnEngine.ADMIN).orElseThrow();
    }

    private static double failedJobs(String jobType) {
        Counter counter = RejoinOnItsOwnEngine.bean(MeterRegistry.class).find("camunda.job.invocations")
                .tag("action", "failed").tag("type", jobType).counter();
        return counter == null ? 0 : counter.count();
    }
}
