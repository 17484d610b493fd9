package org.rejoin.family.internal;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.rejoin.family.FamilyMember;
import org.rejoin.support.SupportPlanProcess.JobTypes;
import org.rejoin.support.SupportPlanProcess.Variables;
import org.springframework.stereotype.Component;

/**
 * Before each review: is anyone in the family still invited to the case's family page? Then the review waits a
 * few school days for their view. Clears the last review's familyViewReceived. Public, as every worker is: the
 * Camunda client calls the method by reflection and is refused on a class its package hides.
 */
@Component
public class FamilyInvitedWorker {

    private final FamilyStore store;

    FamilyInvitedWorker(FamilyStore store) {
        this.store = store;
    }

    @JobWorker(type = JobTypes.FAMILY_INVITED)
    public Map<String, Object> familyInvited(ActivatedJob job) {
        UUID caseId = UUID.fromString(String.valueOf(job.getVariablesAsMap().get(Variables.CASE_ID)));
        Map<String, Object> result = new HashMap<>();
        result.put(Variables.FAMILY_INVITED, store.members(caseId).stream().anyMatch(FamilyMember::live));
        result.put(Variables.FAMILY_VIEW_RECEIVED, null);
        return result;
    }
}
