package org.rejoin.ladder.internal;

import io.camunda.client.CamundaClient;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rejoin.engine.Messages;
import org.rejoin.ladder.FormalSupportProcess;
import org.rejoin.ladder.FormalSupportProcess.Variables;
import org.rejoin.ladder.LadderStarted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Starts the ladder's process with the ladder id as correlation key and message id, so a redelivered event
 * starts nothing new. The parents are offered to the leader's decision by contact id, labelled only by their
 * relationship: names stay in the app.
 */
@Component
class LadderStarter {

    private final CamundaClient camunda;
    private final LadderProperties settings;

    LadderStarter(CamundaClient camunda, LadderProperties settings) {
        this.camunda = camunda;
        this.settings = settings;
    }

    @ApplicationModuleListener
    void on(LadderStarted started) {
        String ladderId = started.ladderId().toString();
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.LADDER_ID, ladderId);
        variables.put(Variables.CASE_ID, started.caseId().toString());
        variables.put(Variables.PUPIL_ID, started.pupilId().toString());
        variables.put(Variables.SCHOOL_ID, started.schoolId().toString());
        variables.put("leadChampion", started.leadChampion());
        variables.put(Variables.PARENTS, parents(started));
        variables.put(Variables.START_AT, started.startAt() == null ? Variables.START_AT_CONTRACT : started.startAt());
        variables.put(Variables.PENALTY_NOTICE_WINDOW, settings.penaltyNoticeWindow().toString());
        variables.put(Variables.FIRST_PENALTY_AMOUNT, settings.firstPenaltyAmount());
        variables.put(Variables.FIRST_PENALTY_LATE_AMOUNT, settings.firstPenaltyLateAmount());
        variables.put(Variables.SECOND_PENALTY_AMOUNT, settings.secondPenaltyAmount());
        Messages.publishOnce(camunda, FormalSupportProcess.MESSAGE_REQUESTED, ladderId, ladderId, Duration.ofHours(1),
                variables);
    }

    private static List<Map<String, Object>> parents(LadderStarted started) {
        return started.parents().entrySet().stream().map(e -> Map.<String, Object>of("label", e.getValue(),
                "value", e.getKey().toString())).toList();
    }
}
