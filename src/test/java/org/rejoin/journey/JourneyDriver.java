package org.rejoin.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.command.DeployResourceCommandStep1.DeployResourceCommandStep2;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.assertions.BpmnAssert;
import io.camunda.zeebe.process.test.assertions.ProcessInstanceAssert;
import io.camunda.zeebe.process.test.filters.RecordStream;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import io.camunda.zeebe.protocol.record.value.JobRecordValue;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.rejoin.inbox.form.FormRepository;
import org.rejoin.inbox.form.FormSubmission;
import org.rejoin.inbox.form.FormValidator;
import org.rejoin.journey.JourneyProcess.JobTypes;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Plays everyone around one journey on the in-memory engine: the app that raises the concern, the
 * workers (a job of each type completed by hand) and the staff answering their forms (checked by the
 * app's own form validator first, so the forms and the process are proven to fit). The engine's clock
 * is the wall clock plus however far the test has travelled.
 */
final class JourneyDriver {

    static final String USER_TASK = "io.camunda.zeebe:userTask";
    static final ZoneId SCHOOL_ZONE = ZoneId.of("Europe/London");
    static final int TIME_LIMIT_DAYS = 30;
    static final int REMINDER_DAYS = 3;
    static final int CUT_OFF_DAYS = 5;
    static final int PARENT_RESPONSE_DAYS = 5;
    static final String LEAD = "champion@school.example";
    static final String KEY_ADULT = "key.adult@school.example";
    static final String TUTOR = "tutor@school.example";
    static final String HEAD_OF_YEAR = "head.of.year@school.example";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Map<String, String>> STAFF = List.of(option(LEAD), option(KEY_ADULT), option(TUTOR),
            option(HEAD_OF_YEAR));

    private final ZeebeTestEngine engine;
    private final ZeebeClient client;
    private final FormRepository forms = new FormRepository();
    private final FormValidator validator = new FormValidator();
    private Duration travelled = Duration.ZERO;
    final String caseId = UUID.randomUUID().toString();
    long instanceKey;

    JourneyDriver(ZeebeTestEngine engine, ZeebeClient client) {
        this.engine = engine;
        this.client = client;
    }

    /** The BPMN and every form, from the classpath, as the app deploys them. */
    JourneyDriver deploy() throws IOException {
        DeployResourceCommandStep2 deployment = client.newDeployResourceCommand()
                .addResourceFromClasspath("bpmn/barrier-understanding.bpmn");
        for (Resource form : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
            deployment = deployment.addResourceBytes(form.getContentAsByteArray(), "forms/" + form.getFilename());
        }
        deployment.send().join();
        return this;
    }

    /** The app raises the concern: correlation key and message id are the case id. */
    long raiseConcern() {
        client.newPublishMessageCommand().messageName(JourneyProcess.MESSAGE_CONCERN_RAISED).correlationKey(caseId)
                .messageId(caseId).variables(Map.of("caseId", caseId, "pupilId", UUID.randomUUID().toString(),
                        "schoolId", UUID.randomUUID().toString(), "priority", 50,
                        "concernReason", "Below 90% over the last 4 weeks",
                        "journeyTimeLimitSchoolDays", TIME_LIMIT_DAYS, "colleagueReminderSchoolDays", REMINDER_DAYS,
                        "colleagueCutOffSchoolDays", CUT_OFF_DAYS, "parentResponseSchoolDays", PARENT_RESPONSE_DAYS))
                .send().join();
        idle();
        List<Long> journeys = journeys();
        assertThat(journeys).as("journeys started").isNotEmpty();
        instanceKey = journeys.getLast();
        return instanceKey;
    }

    /** Keys of every journey the engine started. */
    List<Long> journeys() {
        return stream(records().processInstanceRecords())
                .filter(r -> r.getIntent() == ProcessInstanceIntent.ELEMENT_ACTIVATED)
                .filter(r -> r.getValue().getBpmnElementType() == BpmnElementType.PROCESS)
                .map(r -> r.getValue().getProcessInstanceKey()).toList();
    }

    /** Plays the worker of a job type: activates its one waiting job and completes it as the real worker would. */
    ActivatedJob work(String jobType) {
        List<ActivatedJob> jobs = client.newActivateJobsCommand().jobType(jobType).maxJobsToActivate(1)
                .timeout(Duration.ofMinutes(5)).send().join().getJobs();
        assertThat(jobs).as("a waiting job of type " + jobType).hasSize(1);
        ActivatedJob job = jobs.getFirst();
        client.newCompleteCommand(job.getKey()).variables(resultOf(job)).send().join();
        idle();
        return job;
    }

    /** What the real worker of each job type sets; deadlines are counted here in calendar days, not school days. */
    private Map<String, Object> resultOf(ActivatedJob job) {
        Map<String, Object> variables = job.getVariablesAsMap();
        return switch (job.getType()) {
            case JobTypes.SCHOOL_DAY_DEADLINES -> {
                Map<String, Object> deadlines = new LinkedHashMap<>();
                for (String pair : job.getCustomHeaders().get("deadlines").split(",")) {
                    String[] parts = pair.strip().split("=");
                    int days = ((Number) variables.get(parts[1])).intValue();
                    deadlines.put(parts[0], iso(now().plus(Duration.ofDays(days))));
                }
                yield deadlines;
            }
            case JobTypes.LOAD_SCHOOL_STAFF -> Map.of("championOptions", List.of(option(LEAD)), "staffOptions", STAFF);
            case JobTypes.SCHEDULE_PARENT_MEETING -> Map.of("meetingStarts", iso(LocalDate.parse(
                    (String) variables.get("meetingDate")).atTime(LocalTime.parse((String) variables.get("meetingTime")))
                    .atZone(SCHOOL_ZONE).toInstant()));
            default -> Map.of();
        };
    }

    /** Whether a job of this type is waiting (created, not yet completed or cancelled). */
    boolean hasJob(String jobType) {
        return !openJobs(jobType).isEmpty();
    }

    /** An open step at this element (only one may be open there). */
    Step step(String elementId) {
        List<Step> steps = openJobs(USER_TASK).stream().filter(s -> s.elementId().equals(elementId)).toList();
        assertThat(steps).as("open steps at " + elementId).hasSize(1);
        return steps.getFirst();
    }

    /** The open step at this element assigned to this person. */
    Step step(String elementId, String assignee) {
        List<Step> steps = openJobs(USER_TASK).stream()
                .filter(s -> s.elementId().equals(elementId) && assignee.equals(s.assignee())).toList();
        assertThat(steps).as("open steps at " + elementId + " for " + assignee).hasSize(1);
        return steps.getFirst();
    }

    List<Step> steps(String elementId) {
        return openJobs(USER_TASK).stream().filter(s -> s.elementId().equals(elementId)).toList();
    }

    void complete(String elementId, String formId, Map<String, Object> answers) {
        complete(step(elementId), formId, answers);
    }

    /** Answers a step as a person would through its form: checked by the app's validator, then completed. */
    void complete(Step step, String formId, Map<String, Object> answers) {
        FormSubmission submission = validator.validate(forms.find(formId).orElseThrow(), answers, variables());
        assertThat(submission.isValid()).as(formId + ": " + submission.errors()).isTrue();
        client.newCompleteCommand(step.key()).variables(submission.variables()).send().join();
        idle();
    }

    /** The journey's own (root scope) variables, as JSON-decoded values. */
    Map<String, Object> variables() {
        Map<String, Object> variables = new HashMap<>();
        stream(records().variableRecords()).filter(r -> r.getValue().getScopeKey() == instanceKey)
                .forEach(r -> variables.put(r.getValue().getName(), decode(r.getValue().getValue())));
        return variables;
    }

    Instant instant(String variable) {
        return OffsetDateTime.parse((String) variables().get(variable)).toInstant();
    }

    Instant now() {
        return Instant.now().plus(travelled);
    }

    void travelTo(Instant moment) {
        travel(Duration.between(now(), moment));
    }

    void travel(Duration duration) {
        engine.increaseTime(duration);
        travelled = travelled.plus(duration);
        idle();
    }

    ProcessInstanceAssert assertThatJourney() {
        return BpmnAssert.assertThat(new InspectedProcessInstance(instanceKey));
    }

    void publish(String messageName, Map<String, Object> variables) {
        client.newPublishMessageCommand().messageName(messageName).correlationKey(caseId)
                .timeToLive(Duration.ZERO).variables(variables).send().join();
        idle();
    }

    void idle() {
        try {
            engine.waitForIdleState(Duration.ofSeconds(10));
        } catch (Exception e) {
            throw new IllegalStateException("The engine did not settle", e);
        }
    }

    static String iso(Instant instant) {
        return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC).toString();
    }

    private List<Step> openJobs(String jobType) {
        Set<Long> closed = new HashSet<>();
        Map<Long, Step> created = new LinkedHashMap<>();
        for (Record<JobRecordValue> r : records().jobRecords()) {
            if (!r.getValue().getType().equals(jobType)) {
                continue;
            }
            switch (r.getIntent()) {
                case JobIntent.CREATED -> created.put(r.getKey(), new Step(r.getKey(), r.getValue().getElementId(),
                        r.getValue().getCustomHeaders()));
                case JobIntent.COMPLETED, JobIntent.CANCELED, JobIntent.ERROR_THROWN -> closed.add(r.getKey());
                default -> {
                }
            }
        }
        created.keySet().removeAll(closed);
        return List.copyOf(created.values());
    }

    private RecordStream records() {
        return RecordStream.of(engine.getRecordStreamSource());
    }

    private static <T> java.util.stream.Stream<T> stream(Iterable<T> records) {
        return StreamSupport.stream(records.spliterator(), false);
    }

    private static Object decode(String json) {
        try {
            return JSON.readValue(json, Object.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> option(String username) {
        return Map.of("label", username.substring(0, username.indexOf('@')), "value", username);
    }

    /** An open human step: a user-task job with the engine's headers. */
    record Step(long key, String elementId, Map<String, String> headers) {
        String assignee() {
            return headers.get("io.camunda.zeebe:assignee");
        }

        String candidateUsers() {
            return headers.get("io.camunda.zeebe:candidateUsers");
        }

        String candidateGroups() {
            return headers.get("io.camunda.zeebe:candidateGroups");
        }

        String dueDate() {
            return headers.get("io.camunda.zeebe:dueDate");
        }
    }
}
