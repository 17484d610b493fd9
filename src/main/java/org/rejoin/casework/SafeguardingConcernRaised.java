package org.rejoin.casework;

import java.util.List;
import java.util.UUID;

/**
 * Someone raised a safeguarding concern on a case; it goes at once to the school's designated
 * safeguarding leads (or, where the school has named none, its leaders). {@code runningStage}: the stage whose
 * process (the eight-step journey or the support plan) is running and takes the concern in its own event
 * sub-process; null when neither runs.
 */
public record SafeguardingConcernRaised(UUID caseId, UUID entryId, UUID schoolId, UUID pupilId, String raisedBy, String concern,
                                        List<String> safeguardingLeads, CaseStage runningStage) {

    public SafeguardingConcernRaised {
        safeguardingLeads = List.copyOf(safeguardingLeads);
    }
}
