package org.rejoin.journey.internal;

import java.time.LocalDate;
import org.rejoin.journey.ConcernCases;
import org.rejoin.pupil.AttendanceImported;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** After every import, the pupils it changed are triaged as of the newest week imported (see {@link ConcernCases}). */
@Component
class ConcernDetection {

    private static final Logger log = LoggerFactory.getLogger(ConcernDetection.class);

    private final ConcernCases concerns;

    ConcernDetection(ConcernCases concerns) {
        this.concerns = concerns;
    }

    @ApplicationModuleListener
    void on(AttendanceImported imported) {
        if (imported.pupilIds().isEmpty() || imported.weeks().isEmpty()) {
            return;
        }
        LocalDate asOf = imported.weeks().getLast();
        int opened = concerns.openCasesForConcerns(imported.schoolId(), imported.pupilIds(), asOf);
        log.info("Import {}: {} pupils triaged as of {}, {} new cases", imported.importId(), imported.pupilIds().size(),
                asOf, opened);
    }
}
