package org.rejoin.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.JobBatchIntent;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import io.camunda.zeebe.protocol.record.value.JobBatchRecordValue;
import io.camunda.zeebe.protocol.record.value.JobRecordValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rejoin.TestData;
import org.rejoin.inbox.InboxService;
import org.rejoin.inbox.internal.ProcessModels;
import org.rejoin.pupil.SchoolInfo;
import org.rejoin.pupil.SchoolService;
import org.rejoin.security.NewUser;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;
import org.rejoin.security.UserService;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fault tests of the app in its external run on an engine of its own (see {@link RejoinOnItsOwnEngine}):
 * the two-step test process of src/test/resources/inbox/inbox-test-steps.bpmn, and a school with a
 * champion of its own per test. Beans are looked up from the running context on every use, because a
 * test may restart the app. Every test leaves the proxy passing and the database reachable.
 */
@ExtendWith(RejoinOnItsOwnEngine.class)
abstract class FaultTestSupport {

    static final String PROCESS = "inbox-test-steps";
    static final String TEST_PROCESS_RESOURCE = "inbox/inbox-test-steps.bpmn";
    static final String CONFIRM_CONCERN = "Task_ConfirmConcern";
    static final String REVIEW_DECISION = "Task_ReviewDecision";
    /** Generous: the first activation after the engine is back or the app (re)starts waits for the worker's backoff. */
    static final Duration TASK_ARRIVES = Duration.ofSeconds(60);

    /** The attendance champion of a school of this test's own, with the test process deployed. */
    UserAccount champion;

    @BeforeEach
    void aSchoolAndTheTestProcess() {
        champion = championOfANewSchool();
        deployTestProcess();
    }

    /** Submits the first step as the champion would: the concern confirmed. */
    void confirmConcern(UUID confirmTask) {
        inbox().complete(champion, confirmTask, Map.of("decision", "confirmed", "concernConfirmed", true));
    }

    /** Waits for the instance's second step and checks it received the first step's answer; returns its id. */
    UUID awaitReviewOfTheConfirmedDecision(long instance) {
        UUID review = awaitTask(instance, REVIEW_DECISION);
        assertThat(inbox().task(champion, review).orElseThrow().variables()).containsEntry("decisionSeen", "confirmed");
        return review;
    }

    @AfterEach
    void theEngineAndTheDatabaseAreReachableAgain() {
        RejoinOnItsOwnEngine.proxy().restore();
        RejoinOnItsOwnEngine.databaseBack();
    }

    static EngineProxy proxy() {
        return RejoinOnItsOwnEngine.proxy();
    }

    static InboxService inbox() {
        return RejoinOnItsOwnEngine.bean(InboxService.class);
    }

    static CamundaClient engine() {
        return RejoinOnItsOwnEngine.bean(CamundaClient.class);
    }

    static JdbcTemplate jdbc() {
        return RejoinOnItsOwnEngine.bean(JdbcTemplate.class);
    }

    /** A school of its own (with terms) and its attendance champion. */
    static UserAccount championOfANewSchool() {
        String tag = TestData.uniqueUrn();
        SchoolService schools = RejoinOnItsOwnEngine.bean(SchoolService.class);
        SchoolInfo school = schools.create(tag, "Fault School " + tag, "Testshire");
        org.rejoin.TestData.addTerms(schools, school.id());
        return RejoinOnItsOwnEngine.bean(UserService.class).create(new NewUser("fault-champion-" + tag + "@test.example",
                "Fault Champion " + tag, null, Role.ATTENDANCE_CHAMPION, school.id(), null, "long test password"));
    }

    /** Deploys the test process to the engine and tells the running app's inbox about its steps. */
    static void deployTestProcess() {
        learnTestProcess();
        engine().newDeployResourceCommand().useGrpc().addResourceFromClasspath(TEST_PROCESS_RESOURCE)
                .send().join();
    }

    /** The app reads step names from bpmn/; the test process lives elsewhere, so each app start must learn it. */
    static void learnTestProcess() {
        try (InputStream in = new ClassPathResource(TEST_PROCESS_RESOURCE).getInputStream()) {
            RejoinOnItsOwnEngine.bean(ProcessModels.class).learn(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the test process for a pupil of the champion's school; returns the process instance key. */
    static long startFor(UserAccount champion) {
        Map<String, Object> variables = new HashMap<>(Map.of("schoolId", champion.schoolId().toString(),
                "pupilId", UUID.randomUUID().toString(), "caseId", UUID.randomUUID().toString()));
        return engine().newCreateInstanceCommand().useGrpc().bpmnProcessId(PROCESS).latestVersion()
                .variables(variables).send().join().getProcessInstanceKey();
    }

    /** Waits for the app's worker to put the step into the inbox; returns the task id. */
    static UUID awaitTask(long processInstanceKey, String elementId) {
        return await().atMost(TASK_ARRIVES).until(() -> taskIds(processInstanceKey, elementId).stream()
                .findFirst().orElse(null), id -> id != null);
    }

    static List<UUID> taskIds(long processInstanceKey, String elementId) {
        return jdbc().queryForList("select id from task where process_instance_key = ? and element_id = ?",
                UUID.class, processInstanceKey, elementId);
    }

    static int rowsOf(long processInstanceKey, String elementId) {
        return taskIds(processInstanceKey, elementId).size();
    }

    /** Waits until the app's own client reaches the engine again (through the proxy). */
    static void awaitAppReachesEngine() {
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> engine().newTopologyRequest().useGrpc()
                .requestTimeout(Duration.ofSeconds(5)).send().join().getBrokers().stream()
                .flatMap(b -> b.getPartitions().stream()).anyMatch(p -> p.isLeader()));
    }

    /** How many times the engine has handed out a job of this instance, read from its record stream. */
    static long activationsOf(long instance) {
        Iterable<Record<?>> records = RejoinOnItsOwnEngine.engine().getRecordStreamSource().getRecords();
        return StreamSupport.stream(records.spliterator(), false)
                .filter(r -> r.getValueType() == ValueType.JOB_BATCH && r.getIntent() == JobBatchIntent.ACTIVATED)
                .flatMap(r -> ((JobBatchRecordValue) r.getValue()).getJobs().stream())
                .filter(job -> job.getProcessInstanceKey() == instance).count();
    }

    /** How many times the job of this instance has had its timeout changed (the inbox holding it for a day). */
    static long timeoutUpdatesOf(long instance) {
        Iterable<Record<?>> records = RejoinOnItsOwnEngine.engine().getRecordStreamSource().getRecords();
        return StreamSupport.stream(records.spliterator(), false)
                .filter(r -> r.getValueType() == ValueType.JOB && r.getIntent() == JobIntent.TIMEOUT_UPDATED)
                .filter(r -> ((JobRecordValue) r.getValue()).getProcessInstanceKey() == instance).count();
    }
}
