package org.rejoin.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoin.RejoinTest;
import org.rejoin.TestData;
import org.rejoin.pupil.AttendanceImportService;
import org.rejoin.pupil.AttendanceImportSummary.Status;
import org.rejoin.pupil.AttendanceImported;
import org.rejoin.pupil.AttendanceWeek;
import org.rejoin.pupil.ImportResult;
import org.rejoin.pupil.ImportResult.LineError;
import org.rejoin.pupil.NewPupil;
import org.rejoin.pupil.PupilService;
import org.rejoin.pupil.SchoolCalendar;
import org.rejoin.pupil.SchoolInfo;
import org.rejoin.pupil.SchoolService;
import org.rejoin.pupil.SenStatus;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Session register imports on real PostgreSQL, with a school, its calendar and two pupils of our own. */
@RejoinTest
@RecordApplicationEvents
class SessionImportServiceTests {

    static final String LONG = "UPN,Date,Session,Mark,Minutes late,Comment";

    @Autowired
    SessionImportService sessions;
    @Autowired
    AttendanceImportService imports;
    @Autowired
    PupilService pupils;
    @Autowired
    SchoolService schools;
    @Autowired
    TestData testData;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;

    SchoolInfo school;
    UserAccount champion;
    UUID ada;
    UUID ben;
    String adaUpn;
    String benUpn;
    LocalDate monday;

    @BeforeEach
    void aSchoolWithTwoPupils() {
        school = testData.school();
        champion = testData.staff(school, Role.ATTENDANCE_CHAMPION, "Attendance champion");
        adaUpn = TestData.randomUpn();
        benUpn = TestData.randomUpn();
        ada = pupils.register(new NewPupil(school.id(), adaUpn, "Ada", "Lovelace", LocalDate.of(2012, 5, 1), 9,
                SenStatus.NONE, null));
        ben = pupils.register(new NewPupil(school.id(), benUpn, "Ben", "Okri", LocalDate.of(2012, 6, 1), 9,
                SenStatus.NONE, null));
        monday = fullSchoolWeekBefore(schools.calendar(school.id()), LocalDate.now().minusWeeks(3));
    }

    /** The latest Monday on or before the day whose whole week is school days. */
    static LocalDate fullSchoolWeekBefore(SchoolCalendar calendar, LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        while (!fullWeek(calendar, monday)) {
            monday = monday.minusWeeks(1);
        }
        return monday;
    }

    static boolean fullWeek(SchoolCalendar calendar, LocalDate monday) {
        return IntStream.range(0, 5).allMatch(d -> calendar.isSchoolDay(monday.plusDays(d)));
    }

    @Test
    void oneRowPerSessionIsImportedAndTheWeekIsCountedFromTheMarks() {
        ImportResult result = importFile(LONG,
                adaUpn + "," + monday + ",AM,/,,",
                adaUpn + "," + monday + ",PM,\\,,",
                adaUpn + "," + monday.plusDays(1) + ",AM,L,12,\"Bus late, came in\"",
                adaUpn + "," + monday.plusDays(1) + ",PM,K,,",
                adaUpn + "," + monday.plusDays(2) + ",AM,I,,",
                adaUpn + "," + monday.plusDays(2) + ",PM,C2,,",
                adaUpn + "," + monday.plusDays(3) + ",AM,N,,",
                adaUpn + "," + monday.plusDays(3) + ",PM,U,40,",
                adaUpn + "," + monday.plusDays(4) + ",AM,Y2,,",
                adaUpn + "," + monday.plusDays(4) + ",PM,G,,");

        assertThat(result.errors()).isEmpty();
        assertThat(result).extracting(ImportResult::rowsRead, ImportResult::rowsImported, ImportResult::pupilsAffected,
                ImportResult::firstWeek, ImportResult::lastWeek).containsExactly(10, 10, 1, monday, monday);
        // possible: 10 marks less Y2 = 9; attending: / \ L K = 4; authorised: I C2 = 2; unauthorised: N U G = 3
        assertThat(pupils.pupil(champion, ada).orElseThrow().weeks())
                .containsExactly(new AttendanceWeek(ada, monday, 9, 4, 2, 3, 1, "//L/AAUU-U"));
        assertThat(jdbc.queryForMap("select code, minutes_late, comment from session_mark where pupil_id = ? "
                + "and session_date = ? and session = 'AM'", ada, monday.plusDays(1)))
                .containsEntry("code", "L").containsEntry("minutes_late", 12)
                .containsEntry("comment", "Bus late, came in");
        assertThat(imports.lastImports(champion)).first().satisfies(last -> {
            assertThat(last.id()).isEqualTo(result.importId());
            assertThat(last.status()).isEqualTo(Status.SUCCEEDED);
        });
        assertThat(events.stream(AttendanceImported.class)).containsExactly(new AttendanceImported(school.id(),
                result.importId(), Set.of(ada), List.of(monday)));
    }

    @Test
    void aWeekGridWithArborStyleHeadersImportsTenSessionsARow() {
        ImportResult result = importFile("Student UPN,Student Name,Week Beginning,Monday AM,Monday PM,Tuesday AM,"
                        + "Tuesday PM,Wednesday AM,Wednesday PM,Thursday AM,Thursday PM,Friday AM,Friday PM",
                adaUpn + ",Ada Lovelace," + uk(monday) + ",/,\\,/,\\,/,\\,/,\\,M,\\",
                benUpn + ",Ben Okri," + uk(monday) + ",O,O,N,N,/,\\,#,#,-,");

        assertThat(result.errors()).isEmpty();
        assertThat(result.rowsImported()).isEqualTo(18);
        assertThat(pupils.pupil(champion, ada).orElseThrow().weeks())
                .containsExactly(new AttendanceWeek(ada, monday, 10, 9, 1, 0, 0, "////////A/"));
        assertThat(pupils.pupil(champion, ben).orElseThrow().weeks())
                .containsExactly(new AttendanceWeek(ben, monday, 6, 2, 0, 4, 0, "UUUU//----"));
    }

    @Test
    void everyBadLineIsListedWithItsReasonAndNothingIsImported() {
        String mistyped = (adaUpn.charAt(0) == 'A' ? "B" : "A") + adaUpn.substring(1);
        LocalDate saturday = monday.plusDays(5);
        LocalDate future = LocalDate.now().plusDays(7);
        ImportResult result = importFile(LONG,
                adaUpn + "," + monday + ",AM,/,,",               // 2: good
                TestData.randomUpn() + "," + monday + ",AM,/,,", // 3: not a pupil of this school
                adaUpn + "," + monday + ",PM,H,,",               // 4: withdrawn code
                adaUpn + "," + monday.plusDays(1) + ",AM,Q9,,",  // 5: unknown code
                adaUpn + "," + saturday + ",AM,/,,",             // 6: not a school day
                adaUpn + "," + monday + ",AM,N,,",               // 7: same session as line 2
                adaUpn + "," + future + ",AM,/,,",               // 8: future
                mistyped + "," + monday + ",AM,/,,",             // 9: malformed UPN
                benUpn + ",yesterday,noon,/,late,");             // 10: several problems

        assertThat(result.rowsImported()).isZero();
        assertThat(result.errors()).extracting(LineError::line).containsExactly(3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
        assertThat(result.errors()).extracting(LineError::message).satisfiesExactly(
                m -> assertThat(m).startsWith("No pupil with UPN ").endsWith(" at your school"),
                m -> assertThat(m).contains("H (holiday agreed by the school) was withdrawn on 19 August 2024"),
                m -> assertThat(m).isEqualTo("'Q9' is not an attendance code of the 2024 regulations"),
                m -> assertThat(m).isEqualTo(saturday + " (a Saturday) is not a school day in your school's calendar"),
                m -> assertThat(m).isEqualTo("The AM session of " + monday + " for this pupil is also on line 2: "
                        + "keep one of them"),
                m -> assertThat(m).isEqualTo(future + " is in the future"),
                m -> assertThat(m).contains("check letter of " + mistyped),
                m -> assertThat(m).contains("Date 'yesterday' is not a date").contains("Session 'noon' is not AM or PM")
                        .contains("Minutes late 'late' is not a number"));
        assertThat(jdbc.queryForObject("select count(*) from session_mark where pupil_id in (?, ?)", Long.class, ada,
                ben)).isZero();
        assertThat(pupils.pupil(champion, ada).orElseThrow().weeks()).isEmpty();
        assertThat(imports.lastImports(champion)).first().satisfies(last -> {
            assertThat(last.status()).isEqualTo(Status.REJECTED);
            assertThat(last.errorCount()).isEqualTo(8);
        });
        assertThat(events.stream(AttendanceImported.class)).isEmpty();
    }

    @Test
    void anInsetDayIsNotASchoolDayButMayCarryThePlannedClosureMark() {
        LocalDate inset = monday.plusDays(2);
        schools.addClosure(school.id(), inset, inset, "INSET day");

        ImportResult refused = importFile(LONG, adaUpn + "," + inset + ",AM,/,,");
        ImportResult closed = importFile(LONG, adaUpn + "," + inset + ",AM,#,,", adaUpn + "," + inset + ",PM,#,,");

        assertThat(refused.errors()).extracting(LineError::message).containsExactly(
                inset + " (a Wednesday) is not a school day in your school's calendar");
        assertThat(closed.errors()).isEmpty();
        assertThat(pupils.pupil(champion, ada).orElseThrow().weeks())
                .containsExactly(new AttendanceWeek(ada, monday, 0, 0, 0, 0, 0, "----------"));
    }

    @Test
    void reimportingAnOverlappingRangeReplacesThoseSessionsOnly() {
        LocalDate next = monday.minusWeeks(1);
        importFile(LONG,
                adaUpn + "," + next + ",AM,/,,", adaUpn + "," + next + ",PM,/,,",
                adaUpn + "," + monday + ",AM,N,,", adaUpn + "," + monday + ",PM,N,,",
                benUpn + "," + monday + ",AM,/,,");

        ImportResult again = importFile(LONG, adaUpn + "," + monday + ",AM,I,,");

        assertThat(again.errors()).isEmpty();
        assertThat(marksOf(ada)).containsExactly(
                Map.entry(next + " AM", "/"), Map.entry(next + " PM", "/"), Map.entry(monday + " AM", "I"));
        assertThat(marksOf(ben)).containsExactly(Map.entry(monday + " AM", "/"));
        assertThat(pupils.pupil(champion, ada).orElseThrow().weeks()).containsExactly(
                new AttendanceWeek(ada, next, 2, 2, 0, 0, 0, "//--------"),
                new AttendanceWeek(ada, monday, 1, 0, 1, 0, 0, "A---------"));
    }

    @Test
    void aWeeklyTotalsFileOrAHeaderWithoutTheColumnsIsOneClearError() {
        assertThat(importFile("UPN,Week starting,Sessions possible,Present,Authorised absence,Unauthorised absence,Late",
                adaUpn + "," + monday + ",10,10,0,0,0").errors()).extracting(LineError::message).containsExactly(
                "This is a weekly totals file (it has Sessions possible): import it on the Import attendance page");
        assertThat(importFile("UPN,Date,Mark", adaUpn + "," + monday + ",/").errors()).extracting(LineError::line,
                LineError::message).containsExactly(org.assertj.core.groups.Tuple.tuple(1L,
                "The header row has no column for Session. Expected the columns UPN (or MIS ID), Date, Session (AM or "
                        + "PM), Mark, and optionally Minutes late and Comment; or, for a week grid, UPN (or MIS ID), "
                        + "Week starting, and ten "
                        + "mark columns Mon AM, Mon PM … Fri PM"));
        assertThat(importFile("UPN,Week starting,Mon AM,Mon PM", adaUpn + "," + monday + ",/,/").errors())
                .extracting(LineError::message).singleElement().asString()
                .startsWith("The header row of this week grid has no column for Tue AM, Tue PM");
    }

    @Test
    void sessionsOutsideThePupilsTimeOnRollAreKeptButNotCounted() {
        jdbc.update("update pupil set admission_date = ? where id = ?", monday.plusDays(1), ada);

        importFile(LONG, adaUpn + "," + monday + ",AM,N,,", adaUpn + "," + monday.plusDays(1) + ",AM,/,,");

        assertThat(pupils.pupil(champion, ada).orElseThrow().weeks())
                .containsExactly(new AttendanceWeek(ada, monday, 1, 1, 0, 0, 0, "--/-------"));
    }

    private Map<String, String> marksOf(UUID pupil) {
        var marks = new java.util.LinkedHashMap<String, String>();
        jdbc.query("select session_date, session, code from session_mark where pupil_id = ? order by 1, 2",
                rs -> {
                    marks.put(rs.getDate(1).toLocalDate() + " " + rs.getString(2), rs.getString(3));
                }, pupil);
        return marks;
    }

    private static String uk(LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    private ImportResult importFile(String header, String... rows) {
        byte[] bytes = (header + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
        return sessions.importRegister(champion, new ByteArrayInputStream(bytes), bytes.length, "register.csv",
                AttendanceImportService.ProgressListener.NONE);
    }
}
