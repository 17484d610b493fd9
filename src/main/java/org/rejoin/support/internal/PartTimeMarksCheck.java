package org.rejoin.support.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.rejoin.attendance.AttendanceCode;
import org.rejoin.attendance.RegisterFigures;
import org.rejoin.base.ui.UkDates;
import org.rejoin.casework.Chronology;
import org.rejoin.casework.EntryKind;
import org.rejoin.casework.NewEntry;
import org.rejoin.pupil.AttendanceImported;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * After an import, C2 marks on days no signed-off part-time timetable of the pupil's support plan covers are
 * flagged on the case, as an entry in its chronology (once per import and case).
 */
@Component
class PartTimeMarksCheck {

    private final RegisterFigures registers;
    private final Chronology chronology;
    private final JdbcTemplate jdbc;

    PartTimeMarksCheck(RegisterFigures registers, Chronology chronology, JdbcTemplate jdbc) {
        this.registers = registers;
        this.chronology = chronology;
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(AttendanceImported imported) {
        if (imported.pupilIds().isEmpty() || imported.weeks().isEmpty()) {
            return;
        }
        var c2 = registers.daysMarked(imported.pupilIds(), AttendanceCode.C2, imported.weeks().getFirst(),
                imported.weeks().getLast().plusDays(4));
        c2.forEach((pupil, days) -> openCaseOf(pupil).ifPresent(caseId -> flag(imported, caseId, days)));
    }

    private void flag(AttendanceImported imported, UUID caseId, SortedSet<LocalDate> days) {
        List<PartTimeCover.Period> signedOff = jdbc.query("""
                select start_date, end_date from part_time_timetable
                where case_id = ? and signed_off_at is not null and state in ('APPROVED', 'REVIEWED')
                  and start_date is not null and end_date is not null""",
                (rs, i) -> new PartTimeCover.Period(rs.getDate(1).toLocalDate(), rs.getDate(2).toLocalDate()), caseId);
        List<LocalDate> uncovered = PartTimeCover.uncovered(days, signedOff);
        if (uncovered.isEmpty()) {
            return;
        }
        chronology.record(NewEntry.bySystem(caseId, EntryKind.ATTENDANCE,
                "C2 marks on days no signed-off part-time timetable covers",
                "The register marks C2 (part-time timetable) on " + uncovered.stream().map(UkDates::format)
                        .collect(Collectors.joining(", ")) + ", but no signed-off part-time timetable covers "
                        + (uncovered.size() == 1 ? "that day" : "those days") + ". Check the marks or the timetable.",
                "c2:" + imported.importId() + ":" + caseId));
    }

    private java.util.Optional<UUID> openCaseOf(UUID pupil) {
        return jdbc.queryForList("""
                select p.case_id from support_plan p join pupil_case c on c.id = p.case_id
                where p.pupil_id = ? and c.state = 'OPEN' order by c.opened_at desc limit 1""", UUID.class, pupil)
                .stream().findFirst();
    }
}
