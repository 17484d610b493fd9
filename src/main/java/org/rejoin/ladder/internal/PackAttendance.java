package org.rejoin.ladder.internal;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfPTable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.rejoin.attendance.RegisterAbsence;
import org.rejoin.attendance.RegisterFigures;
import org.rejoin.attendance.RegisterWeek;
import org.rejoin.base.ui.UkDates;
import org.rejoin.pupil.AttendanceFigures;
import org.rejoin.pupil.AttendanceWeek;
import org.rejoin.pupil.PupilService;
import org.rejoin.security.UserAccount;
import org.springframework.stereotype.Component;

/**
 * The evidence pack's attendance: where the session registers have marks, every absent session by date with its
 * 2024 code and the code's meaning, week by week totals and the year's; otherwise the weekly totals from the
 * school's attendance file. Read through the scoped services, as the person copying the pack.
 */
@Component
class PackAttendance {

    private final RegisterFigures registers;
    private final PupilService pupils;

    PackAttendance(RegisterFigures registers, PupilService pupils) {
        this.registers = registers;
        this.pupils = pupils;
    }

    void write(Document document, UserAccount user, UUID pupilId, LocalDate today) {
        List<RegisterWeek> weeks = registers.weeksOf(user, pupilId, today).orElse(List.of());
        if (weeks.isEmpty()) {
            weeklyTotals(document, user, pupilId, today);
            return;
        }
        var year = weeks.getLast().yearToDate();
        EvidencePack.heading(document, "Attendance this school year from the session registers");
        EvidencePack.text(document, String.format(Locale.UK, "Year to date: %d possible sessions, %.1f%% attendance; "
                + "%d sessions of unauthorised absence (codes G, N, O, U) and %d of authorised absence.",
                year.possible(), year.attendancePercent(), year.unauthorised(), year.authorised()));
        List<RegisterAbsence> absences = registers.absencesOf(user, pupilId, today).orElse(List.of());
        EvidencePack.text(document, "Absent sessions, by date and code:");
        if (absences.isEmpty()) {
            EvidencePack.text(document, "None this school year.");
        } else {
            PdfPTable table = EvidencePack.table("Date", "Session", "Code", "Meaning", "Unauthorised");
            table.setWidths(new float[] {2, 1, 1, 7, 2}); // the meaning on one line
            for (RegisterAbsence absence : absences) {
                EvidencePack.cells(table, UkDates.format(absence.date()), absence.session(), absence.code().mark(),
                        absence.code().meaning(), absence.code().unauthorised() ? "Yes" : "No");
            }
            document.add(table);
        }
        EvidencePack.text(document, "Week by week:");
        PdfPTable table = EvidencePack.table("Week starting", "Possible", "Present", "Authorised absence",
                "Unauthorised absence", "Attendance");
        for (RegisterWeek week : weeks) {
            var w = week.week();
            EvidencePack.cells(table, UkDates.format(week.weekStarting()), String.valueOf(w.possible()),
                    String.valueOf(w.attended()), String.valueOf(w.authorised()), String.valueOf(w.unauthorised()),
                    String.format(Locale.UK, "%.1f%%", w.attendancePercent()));
        }
        document.add(table);
    }

    private void weeklyTotals(Document document, UserAccount user, UUID pupilId, LocalDate today) {
        EvidencePack.heading(document, "Attendance this school year, weekly totals (the school's attendance file)");
        EvidencePack.text(document, "No session marks are recorded for this pupil this school year, so there are no "
                + "codes to show: these are the weekly totals the school imported.");
        LocalDate yearStart = AttendanceFigures.schoolYearStart(today);
        List<AttendanceWeek> weeks = pupils.pupil(user, pupilId).map(p -> p.weeks().stream()
                .filter(w -> !w.weekStarting().isBefore(yearStart)).toList()).orElse(List.of());
        if (weeks.isEmpty()) {
            EvidencePack.text(document, "No weekly attendance is recorded either.");
            return;
        }
        PdfPTable table = EvidencePack.table("Week starting", "Possible", "Present", "Authorised absence",
                "Unauthorised absence", "Attendance");
        long possible = 0;
        long present = 0;
        long authorised = 0;
        long unauthorised = 0;
        for (AttendanceWeek w : weeks) {
            EvidencePack.cells(table, UkDates.format(w.weekStarting()), String.valueOf(w.sessionsPossible()),
                    String.valueOf(w.present()), String.valueOf(w.authorisedAbsence()),
                    String.valueOf(w.unauthorisedAbsence()), String.format(Locale.UK, "%.1f%%", w.attendancePercent()));
            possible += w.sessionsPossible();
            present += w.present();
            authorised += w.authorisedAbsence();
            unauthorised += w.unauthorisedAbsence();
        }
        document.add(table);
        EvidencePack.text(document, String.format(Locale.UK, "Totals: %d possible sessions, %d present, %d authorised "
                + "and %d unauthorised absence (%.1f%% attendance).", possible, present, authorised, unauthorised,
                possible == 0 ? 0.0 : 100.0 * present / possible));
    }
}
