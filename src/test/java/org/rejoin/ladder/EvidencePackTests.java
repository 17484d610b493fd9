package org.rejoin.ladder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rejoin.PdfText;
import org.rejoin.attendance.SessionImportService;
import org.rejoin.base.ui.UkDates;
import org.rejoin.pupil.AttendanceImportService.ProgressListener;
import org.rejoin.pupil.SchoolCalendar;
import org.rejoin.pupil.SchoolService;
import org.rejoin.referral.ReferralTestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The evidence pack's attendance read back from the PDF: with session registers, every absent session by date with
 * its code and the code's meaning, and the totals; without them, the weekly totals the school imported.
 */
@org.rejoin.RejoinTest
class EvidencePackTests {

    @Autowired
    LadderService ladders;
    @Autowired
    ReferralTestData fixture;
    @Autowired
    SessionImportService sessions;
    @Autowired
    SchoolService schools;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void withSessionMarksThePackListsEachAbsentSessionWithItsCodeAndMeaningAndTheTotals() throws Exception {
        ReferralTestData.Place place = fixture.place();
        LocalDate monday = fullSchoolWeekBefore(schools.calendar(place.school().id()), LocalDate.now().minusWeeks(1));
        String upn = jdbc.queryForObject("select upn from pupil where id = ?", String.class, place.pupil());
        List<String> rows = new ArrayList<>(List.of("UPN,Date,Session,Mark"));
        String[] marks = {"N", "N", "I", "/", "/", "L", "/", "/", "/", "/"};
        for (int i = 0; i < marks.length; i++) {
            rows.add(upn + "," + monday.plusDays(i / 2) + "," + (i % 2 == 0 ? "AM" : "PM") + "," + marks[i]);
        }
        byte[] file = String.join("\n", rows).getBytes(StandardCharsets.UTF_8);
        assertThat(sessions.importRegister(place.champion(), new ByteArrayInputStream(file), file.length,
                "register.csv", ProgressListener.NONE).errors()).isEmpty();
        UUID ladderId = ladders.start(place.champion(), place.caseId(), "Unauthorised absence on Mondays");

        String pack = PdfText.of(ladders.evidencePack(place.leader(), ladderId));

        assertThat(pack).contains("Attendance this school year from the session registers",
                "Year to date: 10 possible sessions, 70.0% attendance; 2 sessions of unauthorised absence",
                "and 1 of authorised absence", "Absent sessions, by date and code",
                "Reason for absence not yet established", "Illness (not medical or dental appointment)",
                UkDates.format(monday), UkDates.format(monday.plusDays(1)), "Week by week",
                "Support offered on the case");
        assertThat(pack).doesNotContain("Arrived in school after registration closed", "weekly totals");
    }

    @Test
    void withoutSessionMarksThePackGivesTheWeeklyTotalsTheSchoolImported() throws Exception {
        ReferralTestData.Place place = fixture.place();
        LocalDate monday = LocalDate.now().minusWeeks(2).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        jdbc.update("insert into weekly_attendance (id, pupil_id, week_starting, sessions_possible, present, "
                + "authorised_absence, unauthorised_absence, late) values (?, ?, ?, 10, 6, 1, 3, 0)",
                UUID.randomUUID(), place.pupil(), monday);
        UUID ladderId = ladders.start(place.champion(), place.caseId(), "Three sessions unauthorised last fortnight");

        String pack = PdfText.of(ladders.evidencePack(place.champion(), ladderId));

        assertThat(pack).contains("weekly totals (the school's attendance file)", "No session marks are recorded",
                UkDates.format(monday), "Totals: 10 possible sessions, 6 present, 1 authorised and 3 unauthorised "
                        + "absence (60.0% attendance).");
        assertThat(pack).doesNotContain("Absent sessions, by date and code");
    }

    private static LocalDate fullSchoolWeekBefore(SchoolCalendar calendar, LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        while (!wholeWeek(calendar, monday)) {
            monday = monday.minusWeeks(1);
        }
        return monday;
    }

    private static boolean wholeWeek(SchoolCalendar calendar, LocalDate monday) {
        return java.util.stream.IntStream.range(0, 5).allMatch(i -> calendar.isSchoolDay(monday.plusDays(i)));
    }
}
