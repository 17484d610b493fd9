package org.rejoin.family.internal;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import java.util.Map;
import java.util.UUID;
import org.rejoin.family.FamilyChangeProcess.JobTypes;
import org.rejoin.family.FamilyChangeProcess.Variables;
import org.springframework.stereotype.Component;

/**
 * Puts the lead champion's answer to a family's change on the family page. Once per change (the change's id is
 * the key), so a job delivered twice writes it once. Public, as every worker is (the Camunda client calls it by
 * reflection).
 */
@Component
public class FamilyAnswerWorker {

    private final FamilyStore store;

    FamilyAnswerWorker(FamilyStore store) {
        this.store = store;
    }

    @JobWorker(type = JobTypes.SHOW_ANSWER)
    public void showAnswer(ActivatedJob job) {
        Map<String, Object> variables = job.getVariablesAsMap();
        String answer = String.valueOf(variables.get(Variables.ANSWER)).strip();
        store.insertAnswer(UUID.fromString(String.valueOf(variables.get(Variables.FAMILY_WORD_ID))),
                UUID.fromString(String.valueOf(variables.get(Variables.CASE_ID))),
                answer.length() > 3000 ? answer.substring(0, 3000) : answer);
    }
}
