package org.rejoin.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoin.RejoinTest;
import org.rejoin.TestData;
import org.rejoin.pupil.AttendanceImportService;
import org.rejoin.pupil.ImportResult;
import org.rejoin.pupil.ImportResult.LineError;
import org.rejoin.pupil.RosterImportResult;
import org.rejoin.pupil.RosterService;
import org.rejoin.pupil.SchoolInfo;
import org.rejoin.pupil.SchoolService;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Registers exported without UPNs: the roster import stores each pupil's MIS id (SIMS "Adno", Arbor "MIS ID",
 * Bromcom "Student ID"), and the session import matches a row by it when the file has no UPN column.
 */
@RejoinTest
class RegistersByMisIdTests {

    @Autowired
    RosterService roster;
    @Autowired
    SessionImportService sessions;
    @Autowired
    SchoolService schools;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;

    SchoolInfo school;
    UserAccount admin;
    UserAccount champion;
    String adaUpn;
    String benUpn;
    LocalDate monday;

    @BeforeEach
    void aSchoolWhoseRosterCarriesMisIds() {
        school = data.school();
        admin = data.staff(school, Role.SCHOOL_ADMIN, "Data manager");
        champion = data.staff(school, Role.ATTENDANCE_CHAMPION, "Attendance champion");
        adaUpn = TestData.randomUpn();
        benUpn = TestData.randomUpn();
        RosterImportResult result = importRoster(admin, school, """
                UPN,Legal Forename,Legal Surname,DOB,Year,Adno
                %s,Ada,Lovelace,2012-05-01,9,001042
                %s,Ben,Okri,2012-06-01,9,001043
                """.formatted(adaUpn, benUpn));
        assertThat(result.errors()).isEmpty();
        monday = SessionImportServiceTests.fullSchoolWeekBefore(schools.calendar(school.id()),
                LocalDate.now().minusWeeks(3));
    }

    @Test
    void theRosterImportStoresEachPupilsMisId() {
        assertThat(misIdOf(adaUpn)).isEqualTo("001042");
        assertThat(misIdOf(benUpn)).isEqualTo("001043");
    }

    @Test
    void aSessionFileWithoutUpnsIsMatchedByMisId() {
        ImportResult result = importRegister("Admission No,Date,Session,Mark",
                "001042," + monday + ",AM,/",
                "001042," + monday + ",PM,N",
                "001043," + monday + ",AM,I");

        assertThat(result.errors()).isEmpty();
        assertThat(result.rowsImported()).isEqualTo(3);
        assertThat(marksOf(adaUpn)).isEqualTo(Map.of(monday + " AM", "/", monday + " PM", "N"));
        assertThat(marksOf(benUpn)).isEqualTo(Map.of(monday + " AM", "I"));
    }

    @Test
    void aWeekGridWithoutUpnsIsMatchedByMisId() {
        ImportResult result = importRegister("Student ID,Week beginning,Mon AM,Mon PM,Tue AM,Tue PM,Wed AM,Wed PM,"
                + "Thu AM,Thu PM,Fri AM,Fri PM", "001043," + monday + ",/,/,/,/,U,U,/,/,/,/");

        assertThat(result.errors()).isEmpty();
        assertThat(result.rowsImported()).isEqualTo(10);
        assertThat(marksOf(benUpn)).hasSize(10).containsEntry(monday.plusDays(2) + " PM", "U");
    }

    @Test
    void everyUnknownMisIdIsListedByLineAndNothingIsImported() {
        ImportResult result = importRegister("Pupil ID,Date,Session,Mark",
                "001042," + monday + ",AM,/",
                "999999," + monday + ",AM,/",
                "001043," + monday + ",AM,/",
                "," + monday + ",PM,/");

        assertThat(result.rowsImported()).isZero();
        assertThat(result.errors()).extracting(LineError::line).containsExactly(3L, 5L);
        assertThat(result.errors().get(0).message()).contains("No pupil with MIS ID 999999 at your school");
        assertThat(result.errors().get(1).message()).contains("MIS ID is missing");
        assertThat(marksOf(adaUpn)).isEmpty();
    }

    @Test
    void aUpnColumnWinsOverAnMisIdColumn() {
        ImportResult result = importRegister("UPN,Person ID,Student ID,Date,Session,Mark",
                adaUpn + ",not-checked,001043," + monday + ",AM,/");

        assertThat(result.errors()).isEmpty();
        assertThat(marksOf(adaUpn)).containsEntry(monday + " AM", "/");
        assertThat(marksOf(benUpn)).isEmpty();
    }

    @Test
    void anotherSchoolsMisIdsAreNotOurs() {
        SchoolInfo other = data.school();
        UserAccount otherAdmin = data.staff(other, Role.SCHOOL_ADMIN, null);
        String cal = TestData.randomUpn();
        assertThat(importRoster(otherAdmin, other, """
                UPN,Forename,Surname,DOB,Year,MIS ID
                %s,Cal,Other,2012-01-01,9,777
                """.formatted(cal)).errors()).isEmpty();

        ImportResult result = importRegister("MIS ID,Date,Session,Mark", "777," + monday + ",AM,/");

        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.message()).contains("No pupil with MIS ID 777");
        });
    }

    @Test
    void theRosterRefusesAnMisIdTwiceOrOneHeldByAnotherPupil() {
        String cal = TestData.randomUpn();
        String dee = TestData.randomUpn();
        RosterImportResult twice = importRoster(admin, school, """
                UPN,Forename,Surname,DOB,Year,Adno
                %s,Cal,New,2012-01-01,9,5
                %s,Dee,New,2012-01-01,9,5
                %s,Ada,Lovelace,2012-05-01,9,001043
                """.formatted(cal, dee, adaUpn));

        assertThat(twice.added() + twice.updated()).isZero();
        assertThat(twice.errors()).extracting(e -> e.line()).containsExactly(3L, 4L);
        assertThat(twice.errors().get(0).message()).contains("MIS ID 5 appears twice, on lines 2 and 3");
        assertThat(twice.errors().get(1).message()).contains("MIS ID 001043 belongs to the pupil with UPN " + benUpn);

        RosterImportResult swapped = importRoster(admin, school, """
                UPN,Forename,Surname,DOB,Year,Adno
                %s,Ada,Lovelace,2012-05-01,9,001043
                %s,Ben,Okri,2012-06-01,9,001042
                """.formatted(adaUpn, benUpn));

        assertThat(swapped.errors()).isEmpty();
        assertThat(misIdOf(adaUpn)).isEqualTo("001043");
        assertThat(misIdOf(benUpn)).isEqualTo("001042");
    }

    private String misIdOf(String upn) {
        return jdbc.queryForObject("select mis_id from pupil where upn = ?", String.class, upn);
    }

    private Map<String, String> marksOf(String upn) {
        var marks = new java.util.HashMap<String, String>();
        jdbc.query("select m.session_date, m.session, m.code from session_mark m join pupil p on p.id = m.pupil_id "
                + "where p.upn = ?", rs -> {
            marks.put(rs.getDate(1).toLocalDate() + " " + rs.getString(2), rs.getString(3));
        }, upn);
        return marks;
    }

    private RosterImportResult importRoster(UserAccount who, SchoolInfo where, String csv) {
        return roster.importRoster(who, where.id(), csv.getBytes(StandardCharsets.UTF_8), "roster.csv", null);
    }

    private ImportResult importRegister(String header, String... rows) {
        byte[] bytes = (header + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
        return sessions.importRegister(champion, new ByteArrayInputStream(bytes), bytes.length, "register.csv",
                AttendanceImportService.ProgressListener.NONE);
    }
}
