package org.rejoin.casework;

import java.time.Instant;
import java.util.UUID;

/** A case as lists show it: the pupil's name is joined from the pupil record, never kept in the case. */
public record CaseSummary(UUID id, UUID pupilId, String pupilName, String upn, int yearGroup, UUID schoolId,
                          CaseState state, CaseStage stage, CaseOrigin origin, String reason, Instant openedAt,
                          String leadChampion, String leadChampionName) {
}
