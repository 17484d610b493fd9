package org.rejoin.family.internal;

import io.camunda.client.CamundaClient;
import java.util.Map;
import org.rejoin.engine.Messages;
import org.rejoin.family.FamilyViewGiven;
import org.rejoin.support.SupportPlanProcess;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the case's support plan that the family gave their view, so a review waiting for it goes on. The message
 * carries no words (they stay in the app's database) and lives long enough to reach the next review when the view
 * is given before the review falls due.
 */
@Component
class FamilyViewRelay {

    private final CamundaClient camunda;

    FamilyViewRelay(CamundaClient camunda) {
        this.camunda = camunda;
    }

    @ApplicationModuleListener
    void on(FamilyViewGiven view) {
        Messages.publishOnce(camunda, SupportPlanProcess.MESSAGE_FAMILY_VIEW_GIVEN, view.caseId().toString(),
                "family-view:" + view.wordId(), SupportPlanProcess.FAMILY_VIEW_TIME_TO_LIVE, Map.of());
    }
}
