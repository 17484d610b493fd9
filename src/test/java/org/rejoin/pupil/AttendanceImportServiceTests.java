package org.rejoin.pupil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoin.TestData;
import org.rejoin.pupil.AttendanceImportSummary.Status;
import org.rejoin.pupil.ImportResult.LineError;
import org.rejoin.security.AuditTrail;
import org.rejoin.security.NewUser;
import org.rejoin.security.Oversight;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;
import org.rejoin.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Attendance CSV imports on real PostgreSQL, with two schools of our own. */
@org.rejoin.RejoinTest
@RecordApplicationEvents
class AttendanceImportServiceTests {

    static final String HEADER = "UPN,Week starting,Sessions possible,Present,Authorised absence,Unauthorised absence,Late";

    @Autowired
    AttendanceImportService imports;
    @Autowired
    PupilService pupils;
    @Autowired
    SchoolService schools;
    @Autowired
    UserService users;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;
    @Autowired
    AttendanceFigures figures;

    String tag;
    UserAccount championA;
    UserAccount championB;
    UUID ada;
    UUID ben;
    String adaUpn;
    String benUpn;
    String otherSchoolsUpn;
    LocalDate week1;
    LocalDate week2;

    @BeforeEach
    void twoSchools() {
        tag = TestData.uniqueUrn();
        SchoolInfo a = schools.create(tag, "Import School A " + tag, "Testshire");
        SchoolInfo b = schools.create(TestData.uniqueUrn(), "Import School B " + tag, "Testshire");
        championA = user("import-champion-a-" + tag, Role.ATTENDANCE_CHAMPION, a.id());
        championB = user("import-champion-b-" + tag, Role.ATTENDANCE_CHAMPION, b.id());
        adaUpn = upn(1);
        benUpn = upn(2);
        otherSchoolsUpn = upn(3);
        ada = pupil(a, adaUpn);
        ben = pupil(a, benUpn);
        pupil(b, otherSchoolsUpn);
        week1 = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(6);
        week2 = week1.plusWeeks(1);
    }

    @Test
    void aGoodFileImportsEveryRowRecordsTheImportAndPublishesTheEvent() {
        ImportResult result = importAs(championA, csv(HEADER + ",Session marks",
                adaUpn + "," + week1 + ",10,10,0,0,1,L/////////",
                adaUpn + "," + week2 + ",10,8,1,1,0,AU////////",
                benUpn + "," + week1 + ",8,6,2,0,0,--AA//////"));

        assertThat(result.errors()).isEmpty();
        assertThat(result).extracting(ImportResult::rowsRead, ImportResult::rowsImported, ImportResult::pupilsAffected,
                ImportResult::firstWeek, ImportResult::lastWeek).containsExactly(3, 3, 2, week1, week2);
        assertThat(pupils.pupil(championA, ada).orElseThrow().weeks()).containsExactly(
                new AttendanceWeek(ada, week1, 10, 10, 0, 0, 1, "L/////////"),
                new AttendanceWeek(ada, week2, 10, 8, 1, 1, 0, "AU////////"));
        assertThat(imports.lastImports(championA)).first().satisfies(last -> {
            assertThat(last.id()).isEqualTo(result.importId());
            assertThat(last.status()).isEqualTo(Status.SUCCEEDED);
            assertThat(last.fileName()).isEqualTo("attendance.csv");
            assertThat(last.rowsImported()).isEqualTo(3);
        });
        assertThat(imports.lastImports(championB)).isEmpty();
        assertThat(audit.count("ATTENDANCE_IMPORTED", "attendance_import", result.importId())).isEqualTo(1);
        assertThat(events.stream(AttendanceImported.class)).containsExactly(new AttendanceImported(
                championA.schoolId(), result.importId(), java.util.Set.of(ada, ben), List.of(week1, week2)));
    }

    @Test
    void reimportingTheSameWeekUpdatesItRatherThanAddingAnother() {
        importAs(championA, csv(HEADER, adaUpn + "," + week1 + ",10,6,0,4,0"));
        ImportResult again = importAs(championA, csv(HEADER, adaUpn + "," + week1 + ",10,9,1,0,0"));

        assertThat(again.rowsImported()).isEqualTo(1);
        assertThat(pupils.pupil(championA, ada).orElseThrow().weeks())
                .containsExactly(new AttendanceWeek(ada, week1, 10, 9, 1, 0, 0, null));
    }

    @Test
    void everyBadRowIsReportedByLineWithItsReasonAndNothingIsWritten() {
        String mistyped = (adaUpn.charAt(0) == 'A' ? "B" : "A") + adaUpn.substring(1);
        ImportResult result = importAs(championA, csv(HEADER + ",Session marks",
                adaUpn + "," + week1 + ",10,10,0,0,0,",                   // 2: good
                mistyped + "," + week1 + ",10,10,0,0,0,",                 // 3
                benUpn + "," + week1.plusDays(1) + ",10,10,0,0,0,",       // 4
                benUpn + "," + week2 + ",10,8,1,0,0,",                    // 5
                benUpn + "," + week1 + ",10,2,4,4,3,",                    // 6
                upn(999) + "," + week1 + ",10,10,0,0,0,",                 // 7
                otherSchoolsUpn + "," + week1 + ",10,10,0,0,0,",          // 8
                adaUpn + "," + week1 + ",10,10,0,0,0,",                   // 9: same pupil and week as line 2
                adaUpn + "," + week2 + ",10,9,1,0,0,UU////////",          // 10
                adaUpn + ",next week,ten,10,0,0,-1,"));                   // 11

        assertThat(result.rowsRead()).isEqualTo(10);
        assertThat(result.rowsImported()).isZero();
        assertThat(result.errorCount()).isEqualTo(9);
        assertThat(result.errors()).extracting(LineError::line).containsExactly(3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L);
        assertThat(result.errors()).extracting(LineError::message).satisfiesExactly(
                m -> assertThat(m).contains("check letter of " + mistyped),
                m -> assertThat(m).isEqualTo("Week starting " + week1.plusDays(1) + " is a Tuesday, not a Monday"),
                m -> assertThat(m).contains("make 9, not the 10 sessions possible"),
                m -> assertThat(m).isEqualTo("Late (3) is more than present (2): a late pupil was present"),
                m -> assertThat(m).isEqualTo("No pupil with UPN " + upn(999) + " at your school"),
                m -> assertThat(m).isEqualTo("No pupil with UPN " + otherSchoolsUpn + " at your school"),
                m -> assertThat(m).contains("appears twice, on lines 2 and 9"),
                m -> assertThat(m).contains("the marks give 2 unauthorised absence, the column 0"),
                m -> assertThat(m).contains("Week starting 'next week' is not a date")
                        .contains("Sessions possible 'ten' is not a whole number").contains("Late cannot be negative"));
        assertThat(pupils.pupil(championA, ada).orElseThrow().weeks()).isEmpty();
        assertThat(imports.lastImports(championA)).first().satisfies(last -> {
            assertThat(last.status()).isEqualTo(Status.REJECTED);
            assertThat(last.errorCount()).isEqualTo(9);
        });
        assertThat(events.stream(AttendanceImported.class)).isEmpty();
    }

    @Test
    void aHeaderWithoutAColumnIsOneClearError() {
        ImportResult result = importAs(championA, csv("UPN,Week starting,Sessions possible,Present,Authorised absence,Late",
                adaUpn + "," + week1 + ",10,10,0,0"));

        assertThat(result.errors()).containsExactly(new LineError(1, "The header row has no column for Unauthorised "
                + "absence. Expected the columns UPN, Week starting, Sessions possible, Present, Authorised absence, "
                + "Unauthorised absence, Late (and optionally Session marks)"));
    }

    @Test
    void anEmptyFileOrOneWithOnlyAHeaderIsRefused() {
        assertThat(importAs(championA, new byte[0]).errors()).singleElement()
                .satisfies(e -> assertThat(e.message()).startsWith("The file is empty"));
        assertThat(importAs(championA, csv(HEADER)).errors()).singleElement()
                .satisfies(e -> assertThat(e.message()).isEqualTo("The file has a header row but no attendance rows"));
    }

    @Test
    void ukDatesAByteOrderMarkAndHeaderVariantsAreAccepted() {
        String uk = week1.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        byte[] text = ("upn,Name,week_start,SessionsPossible,present,AUTHORISED,Unauthorised_Absence,lates,marks,Form\r\n"
                + "\r\n"
                + adaUpn.toLowerCase() + ",a," + uk + ",10,9,1,0,0,a/////////,\"7B,\r\nsplit\"\r\n"
                + benUpn + ",b," + week1 + ",10,10,0,0,0,,7C").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);

        ImportResult result = importAs(championA, withBom);

        assertThat(result.errors()).isEmpty();
        assertThat(result.rowsImported()).isEqualTo(2);
        assertThat(pupils.pupil(championA, ada).orElseThrow().weeks())
                .containsExactly(new AttendanceWeek(ada, week1, 10, 9, 1, 0, 0, "A/////////"));
    }

    @Test
    void lineNumbersCountBlankLinesAndQuotedLineBreaks() {
        ImportResult result = importAs(championA, csv(HEADER + ",Note", "",
                adaUpn + "," + week1 + ",10,10,0,0,0,\"two\nlines\"",
                benUpn + "," + week1 + ",10,10,0,0,11,"));

        assertThat(result.errors()).extracting(LineError::line).containsExactly(5L);
    }

    @Test
    void aFileThatIsNotUtf8OrHasAnUnclosedQuoteIsRefusedWithTheReason() {
        byte[] windows1252 = (HEADER + "\n" + adaUpn + "," + week1 + ",10,10,0,0,0,\u00a3").getBytes(
                java.nio.charset.Charset.forName("windows-1252"));
        assertThat(importAs(championA, windows1252).errors()).singleElement()
                .satisfies(e -> assertThat(e.message()).startsWith("The file is not UTF-8 text"));

        ImportResult broken = importAs(championA, csv(HEADER, adaUpn + "," + week1 + ",10,10,0,0,0",
                benUpn + ",\"" + week1 + ",10,10,0,0,0", adaUpn + "," + week2 + ",10,10,0,0,0"));
        assertThat(broken.errors()).containsExactly(new LineError(3, "The file cannot be read from this line on: "
                + "a quote (\") is not closed"));
        assertThat(pupils.pupil(championA, ada).orElseThrow().weeks()).isEmpty();
    }

    @Test
    void aChampionOfAnotherSchoolCannotImportForThisSchoolsPupils() {
        ImportResult result = importAs(championB, csv(HEADER, adaUpn + "," + week1 + ",10,10,0,0,0"));

        assertThat(result.errors()).containsExactly(new LineError(2, "No pupil with UPN " + adaUpn + " at your school"));
        assertThat(pupils.pupil(championA, ada).orElseThrow().weeks()).isEmpty();
    }

    @Test
    void onlyChampionsAndLeadersMayImport() {
        UserAccount tutor = user("import-tutor-" + tag, Role.SCHOOL_STAFF, championA.schoolId());
        assertThatThrownBy(() -> importAs(tutor, csv(HEADER, adaUpn + "," + week1 + ",10,10,0,0,0")))
                .isInstanceOf(AccessDeniedException.class);
        UserAccount leader = user("import-leader-" + tag, Role.LEADER, championA.schoolId());
        assertThat(importAs(leader, csv(HEADER, adaUpn + "," + week1 + ",10,10,0,0,0")).succeeded()).isTrue();
    }

    @Test
    void anImportCountsAgainTheAttendanceAroundEachCaseOfItsPupils() {
        UUID window = UUID.randomUUID();
        pupils.startAttendanceWindow(new AttendanceWindow(window, ada, week2, null));
        UserAccount leader = user("import-leader-" + tag, Role.LEADER, championA.schoolId());
        assertThat(figures.totals(Oversight.of(leader), week2)).isEqualTo(new AttendanceChangeTotals(1, 0, 0, 0, 0,
                0, 0, 0, 1));

        importAs(championA, csv(HEADER, adaUpn + "," + week1 + ",10,6,0,4,0", adaUpn + "," + week2 + ",10,9,1,0,0",
                benUpn + "," + week2 + ",10,1,0,9,0"));

        // (the import may raise a concern that opens a real case, with a window of its own, meanwhile)
        assertThat(figures.beforeAndSince(Oversight.of(leader), week2, PageRequest.of(0, 10)).getContent())
                .filteredOn(row -> row.key().equals(window)).extracting(AttendanceBeforeAndSince::key, AttendanceBeforeAndSince::beforePresent,
                        AttendanceBeforeAndSince::beforePossible, AttendanceBeforeAndSince::sincePresent,
                        AttendanceBeforeAndSince::sincePossible)
                .containsExactly(tuple(window, 6L, 10L, 9L, 10L));
    }

    ImportResult importAs(UserAccount user, byte[] file) {
        return imports.importCsv(user, new ByteArrayInputStream(file), "attendance.csv", AttendanceImportService.ProgressListener.NONE);
    }

    static byte[] csv(String... lines) {
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    String upn(int serial) {
        return Upn.withCheckLetter("7" + tag + String.format("%05d", serial)).value();
    }

    UserAccount user(String name, Role role, UUID school) {
        return users.create(new NewUser(name + "@test.example", name, null, role, school, null, "long test password"));
    }

    UUID pupil(SchoolInfo school, String upn) {
        return pupils.register(new NewPupil(school.id(), upn, "Pupil", "Test", LocalDate.of(2012, 5, 1), 9,
                SenStatus.NONE, null));
    }
}
