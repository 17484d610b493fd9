package org.rejoin.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoin.TestData;
import org.rejoin.engine.DeadlineStepProcess;
import org.rejoin.engine.Incidents.RetryOutcome;
import org.rejoin.engine.JobIncident;
import org.rejoin.inbox.InboxList;
import org.rejoin.inbox.InboxService;
import org.rejoin.inbox.InboxTask;
import org.rejoin.inbox.TaskFilter;
import org.rejoin.pupil.SchoolInfo;
import org.rejoin.security.AuditTrail;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * A step the app cannot carry out becomes an incident administrators see with the worker's own message;
 * once the cause is fixed, their retry runs the step again and the process goes on.
 */
@org.rejoin.RejoinTest
class IncidentsInTheAppTests {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final String PROCESS = "incident-check";

    @Autowired
    TestData data;
    @Autowired
    CamundaClient camunda;
    @Autowired
    IncidentService incidents;
    @Autowired
    InboxService inbox;
    @Autowired
    AuditTrail audit;

    SchoolInfo school;
    UserAccount admin;
    UserAccount champion;

    @BeforeEach
    void aProcessWhoseDeadlineStepReadsASchoolDayCount() {
        school = data.school();
        admin = data.admin();
        champion = data.staff(school, Role.ATTENDANCE_CHAMPION, "Attendance champion");
        camunda.newDeployResourceCommand().addProcessModel(DeadlineStepProcess.model(PROCESS), PROCESS + ".bpmn")
                .send().join();
    }

    @Test
    void aStepWithWrongDataShowsToAdminsAndRunsAgainOnceFixed() {
        long instance = start("soon");

        JobIncident incident = awaitIncidentOf(instance);
        assertThat(incident.elementId()).isEqualTo(DeadlineStepProcess.SET_DEADLINE);
        assertThat(incident.errorMessage()).isEqualTo("'days' is not a number of school days: soon");
        assertThat(incidents.openCount(admin)).isPositive();

        camunda.newSetVariablesCommand(instance).variables(Map.of("days", 3)).send().join();
        assertThat(incidents.retry(admin, incident.jobKey())).isEqualTo(RetryOutcome.RETRYING);

        InboxTask next = await().atMost(WAIT).until(() -> stepAfterTheDeadline(instance), Optional::isPresent).get();
        assertThat(next.elementId()).isEqualTo(DeadlineStepProcess.AFTER_DEADLINE);
        assertThat(openIncidentOf(instance)).isEmpty();
        assertThat(audit.count("INCIDENT_RETRIED", "job_incident", incident.jobKey())).isEqualTo(1);
    }

    @Test
    void onlyAdministratorsSeeOrRetryIncidents() {
        long instance = start("later");
        JobIncident incident = awaitIncidentOf(instance);

        assertThat(incidents.open(champion, PageRequest.of(0, 50))).isEmpty();
        assertThat(incidents.openCount(champion)).isZero();
        assertThatThrownBy(() -> incidents.retry(champion, incident.jobKey()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("No such incident");
        assertThat(audit.count("ACCESS_DENIED", "job_incident", incident.jobKey())).isEqualTo(1);
        assertThat(openIncidentOf(instance)).isPresent();
    }

    @Test
    void anIncidentRetriedTwiceIsRefusedTheSecondTime() {
        long instance = start("whenever");
        JobIncident incident = awaitIncidentOf(instance);
        // the cause fixed first: a job that failed again after the retry would rightly open its incident again
        camunda.newSetVariablesCommand(instance).variables(Map.of("days", 3)).send().join();
        incidents.retry(admin, incident.jobKey());
        await().atMost(WAIT).until(() -> stepAfterTheDeadline(instance), Optional::isPresent);

        assertThatThrownBy(() -> incidents.retry(admin, incident.jobKey())).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("This incident was already retried by");
    }

    private long start(String days) {
        return camunda.newCreateInstanceCommand().bpmnProcessId(PROCESS).latestVersion()
                .variables(Map.of("schoolId", school.id().toString(), "days", days)).send().join()
                .getProcessInstanceKey();
    }

    private JobIncident awaitIncidentOf(long instance) {
        return await().atMost(WAIT).until(() -> openIncidentOf(instance), Optional::isPresent).get();
    }

    private Optional<JobIncident> openIncidentOf(long instance) {
        return incidents.open(admin, PageRequest.of(0, 200)).stream()
                .filter(i -> i.processInstanceKey() == instance).findFirst();
    }

    private Optional<InboxTask> stepAfterTheDeadline(long instance) {
        return inbox.list(champion, InboxList.GROUPS, TaskFilter.NONE, PageRequest.of(0, 50)).stream()
                .filter(t -> t.processInstanceKey() == instance).findFirst();
    }
}
