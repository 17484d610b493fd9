package org.rejoin.family.internal;

import io.camunda.client.CamundaClient;
import java.util.Map;
import org.rejoin.engine.Messages;
import org.rejoin.family.FamilyAskedForChange;
import org.rejoin.family.FamilyChangeProcess;
import org.rejoin.family.FamilyChangeProcess.Variables;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Starts "Respond to the family" for a change the family asked for: one process instance per change (message id
 * and correlation key: the family word's id). It carries the ids that place the step and the word's id, never the
 * family's words: the step's page reads them from the family's records.
 */
@Component
class FamilyChangeRelay {

    private final CamundaClient camunda;

    FamilyChangeRelay(CamundaClient camunda) {
        this.camunda = camunda;
    }

    @ApplicationModuleListener
    void on(FamilyAskedForChange change) {
        Messages.publishOnce(camunda, FamilyChangeProcess.MESSAGE_CHANGE_ASKED_FOR, change.wordId().toString(),
                "family-change:" + change.wordId(), FamilyChangeProcess.MESSAGE_TIME_TO_LIVE, Map.of(
                        Variables.CASE_ID, change.caseId().toString(),
                        Variables.PUPIL_ID, change.pupilId().toString(),
                        Variables.SCHOOL_ID, change.schoolId().toString(),
                        Variables.LEAD_CHAMPION, change.leadChampion(),
                        Variables.FAMILY_WORD_ID, change.wordId().toString()));
    }
}
