package org.rejoin.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.rejoin.RejoinTest;
import org.rejoin.TestData;
import org.rejoin.attendance.SessionImportService;
import org.rejoin.base.ui.UkDates;
import org.rejoin.pupil.AttendanceImportService;
import org.rejoin.pupil.ImportResult;
import org.rejoin.pupil.SchoolCalendar;
import org.rejoin.pupil.SchoolInfo;
import org.rejoin.pupil.SchoolService;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 20 item 4(c) in the running app: a register import with C2 (part-time timetable) marks flags, on the
 * pupil's case chronology, the days no signed-off part-time timetable covers, and only those.
 */
@RejoinTest
class C2MarksFlaggedInTheAppTests {

    @Autowired
    SessionImportService sessions;
    @Autowired
    SchoolService schools;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void c2MarksOnDaysNoSignedOffTimetableCoversAreFlaggedOnTheCase() {
        SchoolInfo school = data.school();
        UserAccount champion = data.staff(school, Role.ATTENDANCE_CHAMPION, "Attendance champion");
        LocalDate monday = fullSchoolWeekBefore(schools.calendar(school.id()), LocalDate.now().minusWeeks(2));
        UUID partlyCovered = caseWithTimetable(school, "Partly", "APPROVED", true, monday, monday.plusDays(1));
        UUID covered = caseWithTimetable(school, "Covered", "APPROVED", true, monday, monday.plusDays(4));
        UUID unsigned = caseWithTimetable(school, "Unsigned", "AWAITING_SIGN_OFF", false, monday, monday.plusDays(4));

        ImportResult result = importRegister(champion, "UPN,Date,Session,Mark",
                upnOf(partlyCovered) + "," + monday + ",AM,C2",
                upnOf(partlyCovered) + "," + monday.plusDays(2) + ",AM,C2",
                upnOf(partlyCovered) + "," + monday.plusDays(3) + ",PM,C2",
                upnOf(covered) + "," + monday.plusDays(2) + ",AM,C2",
                upnOf(unsigned) + "," + monday + ",PM,C2");
        assertThat(result.errors()).isEmpty();

        await().atMost(Duration.ofSeconds(60)).until(() -> !flags(unsigned).isEmpty());
        assertThat(flags(partlyCovered)).singleElement().asString()
                .contains("C2 marks on days no signed-off part-time timetable covers")
                .contains(UkDates.format(monday.plusDays(2)) + ", " + UkDates.format(monday.plusDays(3)))
                .doesNotContain(UkDates.format(monday) + ",");
        assertThat(flags(unsigned)).singleElement().asString().contains(UkDates.format(monday));
        assertThat(flags(covered)).as("every C2 day is covered by a signed-off timetable").isEmpty();
    }

    private UUID caseWithTimetable(SchoolInfo school, String surname, String state, boolean signedOff,
                                   LocalDate start, LocalDate end) {
        UUID pupil = data.pupil(school, surname);
        UUID caseId = UUID.randomUUID();
        jdbc.update("""
                insert into pupil_case (id, pupil_id, school_id, state, stage, origin, reason, opened_by)
                values (?, ?, ?, 'OPEN', 'SUPPORT_PLAN', 'BY_HAND', 'C2 test', 'test')""", caseId, pupil, school.id());
        jdbc.update("""
                insert into support_plan (case_id, school_id, pupil_id, state, review_every)
                values (?, ?, ?, 'WORKING_ON_STEPS', 'P14D')""", caseId, school.id(), pupil);
        jdbc.update("""
                insert into part_time_timetable (id, case_id, school_id, state, start_date, end_date, signed_off_by,
                                                 signed_off_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", UUID.randomUUID(), caseId, school.id(), state,
                Date.valueOf(start), Date.valueOf(end), signedOff ? "head" : null,
                signedOff ? Timestamp.from(Instant.now()) : null);
        return caseId;
    }

    private String upnOf(UUID caseId) {
        return jdbc.queryForObject("select p.upn from pupil p join pupil_case c on c.pupil_id = p.id where c.id = ?",
                String.class, caseId);
    }

    private List<String> flags(UUID caseId) {
        return jdbc.queryForList("select title || ': ' || body from case_entry where case_id = ? and kind = "
                + "'ATTENDANCE' and source_key like 'c2:%'", String.class, caseId);
    }

    private static LocalDate fullSchoolWeekBefore(SchoolCalendar calendar, LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        while (!fullWeek(calendar, monday)) {
            monday = monday.minusWeeks(1);
        }
        return monday;
    }

    private static boolean fullWeek(SchoolCalendar calendar, LocalDate monday) {
        return IntStream.range(0, 5).allMatch(d -> calendar.isSchoolDay(monday.plusDays(d)));
    }

    private ImportResult importRegister(UserAccount champion, String header, String... rows) {
        byte[] bytes = (header + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
        return sessions.importRegister(champion, new ByteArrayInputStream(bytes), bytes.length, "register.csv",
                AttendanceImportService.ProgressListener.NONE);
    }
}
