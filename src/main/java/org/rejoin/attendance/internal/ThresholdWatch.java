package org.rejoin.attendance.internal;

import io.camunda.client.CamundaClient;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.rejoin.attendance.StatutoryThresholdProcess;
import org.rejoin.attendance.StatutoryThresholdProcess.Threshold;
import org.rejoin.attendance.StatutoryThresholdProcess.Variables;
import org.rejoin.attendance.ThresholdFacts;
import org.rejoin.attendance.ThresholdReached;
import org.rejoin.engine.Messages;
import org.rejoin.pupil.AttendanceImported;
import org.rejoin.pupil.SchoolService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * After every import, the pupils it changed are checked against the statutory thresholds as of the last day the
 * import covers: the engine evaluates the {@code StatutoryThresholds} decision for each pupil's facts, and each
 * threshold reached starts {@code bpmn/statutory-threshold.bpmn} once (the message id names the pupil, the
 * threshold and its school year or run, so a later import does not repeat the step) and is published as a
 * {@link ThresholdReached} event.
 */
@Component
class ThresholdWatch {

    private static final Logger log = LoggerFactory.getLogger(ThresholdWatch.class);
    private static final Duration BRIDGE = Duration.ofHours(1);

    private final ThresholdFactsQuery facts;
    private final SchoolService schools;
    private final CamundaClient camunda;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ThresholdWatch(ThresholdFactsQuery facts, SchoolService schools, CamundaClient camunda,
                   ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.facts = facts;
        this.schools = schools;
        this.camunda = camunda;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(AttendanceImported imported) {
        if (imported.pupilIds().isEmpty() || imported.weeks().isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate lastFriday = imported.weeks().getLast().plusDays(4);
        LocalDate asOf = lastFriday.isAfter(today) ? today : lastFriday;
        int reached = 0;
        for (ThresholdFacts pupil : facts.factsOf(imported.pupilIds(), asOf, schools.calendar(imported.schoolId()))) {
            for (Threshold threshold : decide(pupil)) {
                start(imported, pupil, threshold);
                reached++;
            }
        }
        log.info("Import {}: {} statutory thresholds reached as of {}", imported.importId(), reached, asOf);
    }

    private java.util.List<Threshold> decide(ThresholdFacts pupil) {
        var response = camunda.newEvaluateDecisionCommand().useGrpc()
                .decisionId(StatutoryThresholdProcess.DECISION_ID).variables(pupil.toVariables())
                .requestTimeout(Duration.ofSeconds(10)).send().join();
        if (response.getFailureMessage() != null && !response.getFailureMessage().isBlank()) {
            throw new IllegalStateException("The " + StatutoryThresholdProcess.DECISION_ID + " decision failed: "
                    + response.getFailureMessage());
        }
        // COLLECT with one output: a JSON array of the thresholds' names
        return java.util.Arrays.stream(Threshold.values())
                .filter(t -> response.getDecisionOutput().contains('"' + t.name() + '"')).toList();
    }

    private void start(AttendanceImported imported, ThresholdFacts pupil, Threshold threshold) {
        LocalDate reachedOn = threshold == Threshold.TELL_LOCAL_AUTHORITY ? pupil.tenthDay() : pupil.asOf();
        // one step a school year for (a); one a run of absence for (b)
        String occasion = threshold == Threshold.TELL_LOCAL_AUTHORITY ? String.valueOf(pupil.runStart())
                : String.valueOf(org.rejoin.pupil.AttendanceFigures.schoolYearStart(pupil.asOf()));
        String key = threshold.name() + ":" + pupil.pupilId() + ":" + occasion;
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.THRESHOLD, threshold.name());
        variables.put(Variables.SCHOOL_ID, imported.schoolId().toString());
        variables.put(Variables.PUPIL_ID, pupil.pupilId().toString());
        variables.put(Variables.UNAUTHORISED_SESSIONS, pupil.unauthorisedSessions());
        variables.put(Variables.PERIOD_START, pupil.periodStart().toString());
        variables.put(Variables.REACHED_ON, String.valueOf(reachedOn));
        Messages.publishOnce(camunda, StatutoryThresholdProcess.MESSAGE_THRESHOLD_REACHED, key, key, BRIDGE, variables);
        events.publishEvent(new ThresholdReached(imported.schoolId(), pupil.pupilId(), threshold, reachedOn, pupil));
    }
}
