package org.rejoin.casework;

import java.util.List;
import java.util.UUID;

/**
 * Someone raised a safeguarding concern on a case; it goes at once to the school's designated
 * safeguarding leads (or, where the school has named none, its leaders).
 */
public record SafeguardingConcernRaised(UUID caseId, UUID entryId, UUID schoolId, String raisedBy, String concern,
                                        List<String> safeguardingLeads) {

    public SafeguardingConcernRaised {
        safeguardingLeads = List.copyOf(safeguardingLeads);
    }
}
