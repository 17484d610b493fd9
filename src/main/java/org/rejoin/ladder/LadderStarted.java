package org.rejoin.ladder;

import java.util.Map;
import java.util.UUID;

/**
 * A ladder was started on a case; the process is started from this event (redelivered until it is).
 * {@code startAt}: CONTRACT or DECISION (see {@link FormalSupportProcess.Variables#START_AT}).
 * {@code parents}: the pupil's parents with parental responsibility, contact id to relationship (no names).
 */
public record LadderStarted(UUID ladderId, UUID caseId, UUID pupilId, UUID schoolId, String leadChampion,
                            String startedFrom, Map<UUID, String> parents, String startAt) {

    /** From a case: the contract comes first. */
    public LadderStarted(UUID ladderId, UUID caseId, UUID pupilId, UUID schoolId, String leadChampion,
                         String startedFrom, Map<UUID, String> parents) {
        this(ladderId, caseId, pupilId, schoolId, leadChampion, startedFrom, parents,
                FormalSupportProcess.Variables.START_AT_CONTRACT);
    }
}
