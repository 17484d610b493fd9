package org.rejoin.support.internal;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import java.util.Map;
import java.util.UUID;
import org.rejoin.casework.Chronology;
import org.rejoin.casework.EntryKind;
import org.rejoin.casework.NewEntry;
import org.rejoin.engine.JobVariables;
import org.rejoin.referral.AgencyType;
import org.rejoin.support.SupportPlanProcess.JobTypes;
import org.rejoin.support.SupportPlanProcess.Variables;
import org.springframework.stereotype.Component;

/** A referral the plan raised has reported back (declined, withdrawn, or completed with recommendations): told in the case. */
@Component
public class RecordReferralOutcomeWorker {

    private final Chronology chronology;

    RecordReferralOutcomeWorker(Chronology chronology) {
        this.chronology = chronology;
    }

    @JobWorker(type = JobTypes.RECORD_REFERRAL_OUTCOME, fetchVariables = {Variables.CASE_ID, Variables.REFERRAL_ID,
            Variables.REFERRAL_AGENCY_TYPE, Variables.REFERRAL_OUTCOME, Variables.AGENCY_RECOMMENDATIONS})
    public void record(ActivatedJob job) {
        JobVariables variables = JobVariables.of(job);
        UUID caseId = variables.uuid(Variables.CASE_ID);
        String agency = agency(variables.textOrNull(Variables.REFERRAL_AGENCY_TYPE));
        String outcome = variables.text(Variables.REFERRAL_OUTCOME);
        String recommendations = variables.textOrNull(Variables.AGENCY_RECOMMENDATIONS);
        String title = "Referral to " + agency + switch (outcome) {
            case "DECLINED" -> " declined";
            case "WITHDRAWN" -> " withdrawn by the school";
            default -> " completed";
        };
        String body = recommendations != null ? "What they recommend: " + recommendations
                : "COMPLETED".equals(outcome) ? null : "The plan carries on; the review decides what next.";
        chronology.record(new NewEntry(caseId, EntryKind.CASE, null, null, title, body,
                Map.of(Variables.REFERRAL_ID, variables.text(Variables.REFERRAL_ID)), variables.sourceKey()));
    }

    private static String agency(String code) {
        try {
            return code == null ? "the agency" : AgencyType.valueOf(code).label();
        } catch (IllegalArgumentException e) {
            return code;
        }
    }
}
