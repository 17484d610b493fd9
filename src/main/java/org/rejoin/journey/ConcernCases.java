package org.rejoin.journey;

import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;
import org.rejoin.casework.CaseService;
import org.rejoin.pupil.ConcernOutcome;
import org.rejoin.pupil.ConcernTriage;
import org.rejoin.pupil.TriagedPupil;
import org.springframework.stereotype.Service;

/**
 * "Act as soon as a drop is noticed": pupils are triaged by the AttendanceConcern decision, and each
 * whose outcome is "start the journey" or "urgent" gets a case (and so a journey) unless one is open.
 */
@Service
public class ConcernCases {

    private final ConcernTriage triage;
    private final CaseService cases;

    ConcernCases(ConcernTriage triage, CaseService cases) {
        this.triage = triage;
        this.cases = cases;
    }

    /** Triage as of {@code asOf}; returns how many new cases were opened. */
    public int openCasesForConcerns(UUID schoolId, Collection<UUID> pupilIds, LocalDate asOf) {
        int opened = 0;
        for (TriagedPupil pupil : triage.triage(pupilIds, asOf)) {
            if (pupil.outcome() == ConcernOutcome.URGENT || pupil.outcome() == ConcernOutcome.START_JOURNEY) {
                opened += cases.openFromConcern(pupil.pupilId(), schoolId, pupil.outcome().name(), pupil.reason())
                        .isPresent() ? 1 : 0;
            }
        }
        return opened;
    }
}
