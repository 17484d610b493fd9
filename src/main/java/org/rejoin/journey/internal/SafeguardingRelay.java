package org.rejoin.journey.internal;

import io.camunda.client.CamundaClient;
import java.time.Duration;
import java.util.Map;
import org.rejoin.casework.CaseStage;
import org.rejoin.casework.SafeguardingConcernRaised;
import org.rejoin.engine.Messages;
import org.rejoin.journey.JourneyProcess;
import org.rejoin.journey.JourneyProcess.Variables;
import org.rejoin.support.SupportPlanProcess;
import org.rejoin.support.SupportPlanService;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Sends a safeguarding concern to the case's running process (the journey or the support plan), whose non-interrupting event sub-process
 * gives the designated safeguarding leads an urgent task. Stored as a module event, so a concern raised
 * while the engine is away is delivered when it is back.
 */
@Component
class SafeguardingRelay {

    static final String PROCESS_OUTSIDE_JOURNEY = "safeguarding-concern";
    /** Starts bpmn/safeguarding-concern.bpmn. */
    static final String MESSAGE_OUTSIDE_JOURNEY = "SafeguardingConcernOutsideJourney";
    /** Long enough to reach a process that is just opening its subscription. */
    static final Duration BRIDGE = Duration.ofHours(1);

    private final CamundaClient camunda;
    private final SupportPlanService plans;

    SafeguardingRelay(CamundaClient camunda, SupportPlanService plans) {
        this.camunda = camunda;
        this.plans = plans;
    }

    /**
     * The running journey or support plan takes it in an event sub-process; with neither (a plan not
     * recorded, as for a case moved on by hand), a process of its own: a concern must never wait for a
     * process that will not come.
     */
    private String messageFor(SafeguardingConcernRaised concern) {
        if (concern.runningStage() == CaseStage.UNDERSTANDING) {
            return JourneyProcess.MESSAGE_SAFEGUARDING_CONCERN;
        }
        if (concern.runningStage() == CaseStage.SUPPORT_PLAN && plans.planRunning(concern.caseId())) {
            return SupportPlanProcess.MESSAGE_SAFEGUARDING_CONCERN;
        }
        return MESSAGE_OUTSIDE_JOURNEY;
    }

    @ApplicationModuleListener
    void on(SafeguardingConcernRaised concern) {
        String message = messageFor(concern);
        String correlationKey = message.equals(MESSAGE_OUTSIDE_JOURNEY) ? concern.entryId().toString()
                : concern.caseId().toString();
        Messages.publishOnce(camunda, message, correlationKey, "safeguarding:" + concern.entryId(), BRIDGE, Map.of(
                        Variables.CASE_ID, concern.caseId().toString(),
                        Variables.SCHOOL_ID, concern.schoolId().toString(),
                        Variables.PUPIL_ID, concern.pupilId().toString(),
                        Variables.SAFEGUARDING_LEADS, concern.safeguardingLeads(),
                        "safeguardingConcern", concern.concern(),
                        "safeguardingRaisedBy", concern.raisedBy()));
    }
}
