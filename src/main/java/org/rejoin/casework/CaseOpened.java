package org.rejoin.casework;

import java.util.UUID;

/** A case was opened; the journey module starts the eight-step journey for it. */
public record CaseOpened(UUID caseId, UUID pupilId, UUID schoolId, CaseOrigin origin, String concernOutcome,
                         String reason) {
}
