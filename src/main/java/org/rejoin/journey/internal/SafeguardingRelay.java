package org.rejoin.journey.internal;

import io.camunda.client.CamundaClient;
import java.time.Duration;
import java.util.Map;
import org.rejoin.casework.SafeguardingConcernRaised;
import org.rejoin.journey.JourneyProcess;
import org.rejoin.journey.JourneyProcess.Variables;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Sends a safeguarding concern to the case's running process, whose non-interrupting event sub-process
 * gives the designated safeguarding leads an urgent task. Stored as a module event, so a concern raised
 * while the engine is away is delivered when it is back.
 */
@Component
class SafeguardingRelay {

    /** Long enough to reach a process that is just opening its subscription (the plan taking over the case). */
    static final Duration BRIDGE = Duration.ofHours(1);

    private final CamundaClient camunda;

    SafeguardingRelay(CamundaClient camunda) {
        this.camunda = camunda;
    }

    @ApplicationModuleListener
    void on(SafeguardingConcernRaised concern) {
        Messages.publishOnce(camunda, JourneyProcess.MESSAGE_SAFEGUARDING_CONCERN, concern.caseId().toString(),
                "safeguarding:" + concern.entryId(), BRIDGE, Map.of(
                        Variables.SAFEGUARDING_LEADS, concern.safeguardingLeads(),
                        "safeguardingConcern", concern.concern(),
                        "safeguardingRaisedBy", concern.raisedBy()));
    }
}
