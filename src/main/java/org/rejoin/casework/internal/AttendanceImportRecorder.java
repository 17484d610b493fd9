package org.rejoin.casework.internal;

import java.time.LocalDate;
import java.util.List;
import org.rejoin.base.ui.UkDates;
import org.rejoin.casework.EntryKind;
import org.rejoin.casework.NewEntry;
import org.rejoin.pupil.AttendanceImported;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** An import that changed an open case's attendance picture is part of that case's story. */
@Component
class AttendanceImportRecorder {

    private final CaseStore cases;
    private final ChronologyStore chronology;

    AttendanceImportRecorder(CaseStore cases, ChronologyStore chronology) {
        this.cases = cases;
        this.chronology = chronology;
    }

    @ApplicationModuleListener
    void on(AttendanceImported imported) {
        if (imported.pupilIds().isEmpty() || imported.weeks().isEmpty()) {
            return;
        }
        LocalDate first = imported.weeks().getFirst();
        LocalDate last = imported.weeks().getLast();
        String title = first.equals(last) ? "Attendance imported for the week of " + UkDates.format(first)
                : "Attendance imported for the weeks of " + UkDates.format(first) + " to " + UkDates.format(last);
        List<java.util.UUID> open = cases.openCasesOfPupils(List.copyOf(imported.pupilIds()));
        for (var caseId : open) {
            chronology.record(NewEntry.bySystem(caseId, EntryKind.ATTENDANCE, title,
                    "The attendance chart on this page now includes these weeks.",
                    "import:" + imported.importId() + ":" + caseId));
        }
    }
}
