package org.rejoin.inbox;

import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.rejoin.TestData;
import org.rejoin.inbox.internal.ProcessModels;
import org.rejoin.pupil.SchoolInfo;
import org.rejoin.pupil.SchoolService;
import org.rejoin.referral.AgencyService;
import org.rejoin.referral.AgencyType;
import org.rejoin.security.AuditTrail;
import org.rejoin.security.NewUser;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;
import org.rejoin.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Inbox tests on the real engine and PostgreSQL: deploys src/test/resources/inbox/inbox-test-steps.bpmn,
 * and creates two schools of our own (the demo data is there too, and other tests share the engine).
 */
@org.rejoin.RejoinTest
abstract class InboxTestSupport {

    static final String PROCESS = "inbox-test-steps";
    static final String CONFIRM_CONCERN = "Task_ConfirmConcern";
    static final String REVIEW_DECISION = "Task_ReviewDecision";

    @Autowired
    InboxService inbox;
    @Autowired
    CamundaClient engine;
    @Autowired
    ProcessModels models;
    @Autowired
    SchoolService schools;
    @Autowired
    UserService users;
    @Autowired
    AgencyService agencies;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestData testData;

    UUID schoolA;
    SchoolInfo schoolInfoA;
    UserAccount championA;
    UserAccount secondChampionA;
    UserAccount leaderA;
    UserAccount championB;
    UserAccount partner;

    @BeforeEach
    void twoSchoolsAndTheTestProcess() throws IOException {
        String tag = TestData.uniqueUrn();
        SchoolInfo a = schools.create(tag, "Inbox School A " + tag, "Testshire");
        SchoolInfo b = schools.create(TestData.uniqueUrn(), "Inbox School B " + tag, "Testshire");
        schoolA = a.id();
        schoolInfoA = a;
        championA = user("inbox-champion-a-" + tag, Role.ATTENDANCE_CHAMPION, a.id(), null);
        secondChampionA = user("inbox-champion-a2-" + tag, Role.ATTENDANCE_CHAMPION, a.id(), null);
        leaderA = user("inbox-leader-a-" + tag, Role.LEADER, a.id(), null);
        championB = user("inbox-champion-b-" + tag, Role.ATTENDANCE_CHAMPION, b.id(), null);
        partner = user("inbox-partner-" + tag, Role.PARTNER, null,
                agencies.create("Early Help " + tag, AgencyType.EARLY_HELP, "Testshire").id());
        var bpmn = new ClassPathResource("inbox/inbox-test-steps.bpmn");
        try (InputStream in = bpmn.getInputStream()) {
            models.learn(in);
        }
        engine.newDeployResourceCommand().useGrpc().addResourceFromClasspath("inbox/inbox-test-steps.bpmn")
                .send().join();
    }

    /**
     * Starts the test process for a case of a pupil of school A (a real case: a step of a case is reached only
     * by those who may see the case); returns the process instance key.
     */
    long startForSchoolA(Map<String, Object> extra) {
        UUID pupilId = testData.pupil(schoolInfoA, "Inbox");
        UUID caseId = UUID.randomUUID();
        jdbc.update("insert into pupil_case (id, pupil_id, school_id, origin, reason, opened_by) "
                + "values (?, ?, ?, 'BY_HAND', 'inbox test', 'test')", caseId, pupilId, schoolA);
        Map<String, Object> variables = new HashMap<>(Map.of("schoolId", schoolA.toString(),
                "pupilId", pupilId.toString(), "caseId", caseId.toString()));
        variables.putAll(extra);
        return engine.newCreateInstanceCommand().useGrpc().bpmnProcessId(PROCESS).latestVersion()
                .variables(variables).send().join().getProcessInstanceKey();
    }

    /** Waits for the worker to put the step into the inbox; returns the task id. */
    UUID awaitTask(long processInstanceKey, String elementId) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForList(
                "select id from task where process_instance_key = ? and element_id = ?", UUID.class,
                processInstanceKey, elementId).stream().findFirst().orElse(null), id -> id != null);
    }

    int rowsOf(long processInstanceKey, String elementId) {
        return jdbc.queryForObject("select count(*) from task where process_instance_key = ? and element_id = ?",
                Integer.class, processInstanceKey, elementId);
    }

    long jobKeyOf(UUID taskId) {
        return jdbc.queryForObject("select job_key from task where id = ?", Long.class, taskId);
    }

    private UserAccount user(String name, Role role, UUID school, UUID agency) {
        return users.create(new NewUser(name + "@test.example", name, null, role, school, agency, "long test password"));
    }
}
