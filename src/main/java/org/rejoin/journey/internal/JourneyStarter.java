package org.rejoin.journey.internal;

import io.camunda.client.CamundaClient;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.rejoin.casework.CaseOpened;
import org.rejoin.casework.CaseService;
import org.rejoin.engine.Messages;
import org.rejoin.journey.JourneyProcess;
import org.rejoin.journey.JourneyProcess.Variables;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Starts the eight-step journey for every opened case by publishing the ConcernRaised message with the
 * case id as correlation key and message id: Zeebe then starts at most one journey per case, however
 * often this runs. The event is stored with the case (Spring Modulith's registry) and handed over again
 * until this succeeds (EventRedelivery), so an engine outage delays a journey but never loses it.
 */
@Component
class JourneyStarter {

    private final CamundaClient camunda;
    private final CaseService cases;
    private final JourneyProperties settings;

    JourneyStarter(CamundaClient camunda, CaseService cases, JourneyProperties settings) {
        this.camunda = camunda;
        this.cases = cases;
        this.settings = settings;
    }

    @ApplicationModuleListener
    void on(CaseOpened opened) {
        start(opened.caseId(), opened.pupilId(), opened.schoolId(), opened.reason(),
                "URGENT".equals(opened.concernOutcome()) ? 90 : 50);
    }

    void start(UUID caseId, UUID pupilId, UUID schoolId, String reason, int priority) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.CASE_ID, caseId.toString());
        variables.put(Variables.PUPIL_ID, pupilId.toString());
        variables.put(Variables.SCHOOL_ID, schoolId.toString());
        variables.put(Variables.PRIORITY, priority);
        variables.put(Variables.CONCERN_REASON, reason);
        variables.put(Variables.TIME_LIMIT_DAYS, settings.timeLimitSchoolDays());
        variables.put(Variables.COLLEAGUE_REMINDER_DAYS, settings.colleagueReminderSchoolDays());
        variables.put(Variables.COLLEAGUE_CUT_OFF_DAYS, settings.colleagueCutOffSchoolDays());
        variables.put(Variables.PARENT_RESPONSE_DAYS, settings.parentResponseSchoolDays());
        // no time to live: a buffered copy would start a second journey once the first ended
        Messages.publishOnce(camunda, JourneyProcess.MESSAGE_CONCERN_RAISED, caseId.toString(),
                "concern-raised:" + caseId, Duration.ZERO, variables);
        cases.journeyStarted(caseId);
    }
}
