package org.rejoin.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.assertions.ProcessInstanceAssert;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rejoin.engine.ProcessDriver;
import org.rejoin.engine.ProcessDriver.Step;
import org.rejoin.journey.JourneyProcess.JobTypes;

/**
 * Plays everyone around one journey on the in-memory engine, on top of the shared {@link ProcessDriver}:
 * the app that raises the concern, the journey's workers (each job completed with what the real worker
 * sets) and the staff answering their forms (checked by the app's own form validator first).
 */
final class JourneyDriver {

    static final ZoneId SCHOOL_ZONE = ProcessDriver.SCHOOL_ZONE;
    static final int TIME_LIMIT_DAYS = 30;
    static final int REMINDER_DAYS = 3;
    static final int CUT_OFF_DAYS = 5;
    static final int PARENT_RESPONSE_DAYS = 5;
    static final String LEAD = "champion@school.example";
    static final String KEY_ADULT = "key.adult@school.example";
    static final String TUTOR = "tutor@school.example";
    static final String HEAD_OF_YEAR = "head.of.year@school.example";

    private static final List<Map<String, String>> STAFF = List.of(option(LEAD), option(KEY_ADULT), option(TUTOR),
            option(HEAD_OF_YEAR));

    private final ProcessDriver driver;
    final String caseId = UUID.randomUUID().toString();
    long instanceKey;

    JourneyDriver(ZeebeTestEngine engine, ZeebeClient client) {
        this.driver = new ProcessDriver(engine, client);
    }

    /** The BPMN and every form, from the classpath, as the app deploys them. */
    JourneyDriver deploy() throws IOException {
        driver.deploy("bpmn/barrier-understanding.bpmn");
        return this;
    }

    /** The app raises the concern: correlation key and message id are the case id. */
    long raiseConcern() {
        driver.publish(JourneyProcess.MESSAGE_CONCERN_RAISED, caseId, caseId, Map.of("caseId", caseId,
                "pupilId", UUID.randomUUID().toString(), "schoolId", UUID.randomUUID().toString(), "priority", 50,
                "concernReason", "Below 90% over the last 4 weeks",
                "journeyTimeLimitSchoolDays", TIME_LIMIT_DAYS, "colleagueReminderSchoolDays", REMINDER_DAYS,
                "colleagueCutOffSchoolDays", CUT_OFF_DAYS, "parentResponseSchoolDays", PARENT_RESPONSE_DAYS));
        List<Long> journeys = journeys();
        assertThat(journeys).as("journeys started").isNotEmpty();
        instanceKey = journeys.getLast();
        return instanceKey;
    }

    /** Keys of every journey the engine started. */
    List<Long> journeys() {
        return driver.instances(JourneyProcess.PROCESS_ID);
    }

    /** Plays the worker of a job type: its waiting job, completed as the real worker would. */
    ActivatedJob work(String jobType) {
        return driver.work(jobType, JourneyDriver::resultOf);
    }

    /** What the real worker of each job type sets (the driver adds the deadlines, in calendar days). */
    private static Map<String, Object> resultOf(ActivatedJob job) {
        Map<String, Object> variables = job.getVariablesAsMap();
        return switch (job.getType()) {
            case JobTypes.LOAD_SCHOOL_STAFF -> Map.of("championOptions", List.of(option(LEAD)), "staffOptions", STAFF);
            case JobTypes.SCHEDULE_PARENT_MEETING -> Map.of("meetingStarts", ProcessDriver.iso(LocalDate.parse(
                    (String) variables.get("meetingDate")).atTime(LocalTime.parse((String) variables.get("meetingTime")))
                    .atZone(SCHOOL_ZONE).toInstant()));
            default -> Map.of();
        };
    }

    boolean hasJob(String jobType) {
        return driver.hasJob(jobType);
    }

    Step step(String elementId) {
        return driver.step(instanceKey, elementId);
    }

    /** The open step at this element assigned to this person. */
    Step step(String elementId, String assignee) {
        List<Step> steps = steps(elementId).stream().filter(s -> assignee.equals(s.assignee())).toList();
        assertThat(steps).as("open steps at " + elementId + " for " + assignee).hasSize(1);
        return steps.getFirst();
    }

    List<Step> steps(String elementId) {
        return driver.steps(elementId).stream().filter(s -> s.instanceKey() == instanceKey).toList();
    }

    void complete(String elementId, String formId, Map<String, Object> answers) {
        driver.complete(step(elementId), formId, answers);
    }

    void complete(Step step, String formId, Map<String, Object> answers) {
        driver.complete(step, formId, answers);
    }

    /** The journey's own (root scope) variables, as JSON-decoded values. */
    Map<String, Object> variables() {
        return driver.variables(instanceKey);
    }

    Instant instant(String variable) {
        return driver.instant(instanceKey, variable);
    }

    Instant now() {
        return driver.now();
    }

    void travelTo(Instant moment) {
        driver.travelTo(moment);
    }

    void travel(Duration duration) {
        driver.travel(duration);
    }

    ProcessInstanceAssert assertThatJourney() {
        return driver.assertThatInstance(instanceKey);
    }

    /** A message for this case's journey (no time to live: it reaches the journey now or never). */
    void publish(String messageName, Map<String, Object> variables) {
        driver.publish(messageName, caseId, null, variables);
    }

    private static Map<String, String> option(String username) {
        return Map.of("label", username.substring(0, username.indexOf('@')), "value", username);
    }
}
