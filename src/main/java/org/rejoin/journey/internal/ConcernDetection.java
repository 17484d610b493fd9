package org.rejoin.journey.internal;

import java.time.LocalDate;
import org.rejoin.casework.CaseService;
import org.rejoin.pupil.AttendanceImported;
import org.rejoin.pupil.ConcernOutcome;
import org.rejoin.pupil.ConcernTriage;
import org.rejoin.pupil.TriagedPupil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * "Act as soon as a drop is noticed": after every import, the pupils it changed are triaged by the
 * AttendanceConcern decision as of the newest week imported, and a pupil whose outcome is "start" or
 * "urgent" gets a case (and so a journey) unless one is already open.
 */
@Component
class ConcernDetection {

    private static final Logger log = LoggerFactory.getLogger(ConcernDetection.class);

    private final ConcernTriage triage;
    private final CaseService cases;

    ConcernDetection(ConcernTriage triage, CaseService cases) {
        this.triage = triage;
        this.cases = cases;
    }

    @ApplicationModuleListener
    void on(AttendanceImported imported) {
        if (imported.pupilIds().isEmpty() || imported.weeks().isEmpty()) {
            return;
        }
        LocalDate asOf = imported.weeks().getLast();
        int opened = 0;
        for (TriagedPupil pupil : triage.triage(imported.pupilIds(), asOf)) {
            if (pupil.outcome() == ConcernOutcome.URGENT || pupil.outcome() == ConcernOutcome.START_JOURNEY) {
                opened += cases.openFromConcern(pupil.pupilId(), imported.schoolId(), pupil.outcome().name(),
                        pupil.reason()).isPresent() ? 1 : 0;
            }
        }
        log.info("Import {}: {} pupils triaged as of {}, {} new cases", imported.importId(), imported.pupilIds().size(),
                asOf, opened);
    }
}
