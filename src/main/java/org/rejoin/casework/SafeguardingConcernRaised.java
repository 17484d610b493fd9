package org.rejoin.casework;

import java.util.List;
import java.util.UUID;

/**
 * Someone raised a safeguarding concern on a case; it goes at once to the school's designated
 * safeguarding leads (or, where the school has named none, its leaders). {@code processRunning}: the case's
 * eight-step journey or its support plan is running, whose own event sub-process takes the concern.
 */
public record SafeguardingConcernRaised(UUID caseId, UUID entryId, UUID schoolId, UUID pupilId, String raisedBy, String concern,
                                        List<String> safeguardingLeads, boolean processRunning) {

    public SafeguardingConcernRaised {
        safeguardingLeads = List.copyOf(safeguardingLeads);
    }
}
