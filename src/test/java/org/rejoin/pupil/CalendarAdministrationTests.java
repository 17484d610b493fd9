package org.rejoin.pupil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoin.TestData;
import org.rejoin.pupil.CalendarEntry.Kind;
import org.rejoin.security.AuditTrail;
import org.rejoin.security.FieldProblem;
import org.rejoin.security.RecordNotFoundException;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A school's calendar kept by its administrator, imported from CSV and .ics, and counted with by deadlines. */
@org.rejoin.RejoinTest
class CalendarAdministrationTests {

    @Autowired
    CalendarAdministration calendar;
    @Autowired
    SchoolService schools;
    @Autowired
    TestData data;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcTemplate jdbc;

    SchoolInfo school;
    UserAccount schoolAdmin;

    @BeforeEach
    void aSchool() {
        school = data.school();
        schoolAdmin = data.staff(school, Role.SCHOOL_ADMIN, "Data manager");
    }

    @Test
    void aNewInsetDayMovesASchoolDayDueDate() {
        // the first Monday of February next year: inside the spring term TestData gives every school, no holidays near
        LocalDate monday = LocalDate.of(LocalDate.now().getYear() + 1, 2, 1)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        LocalDate before = schools.calendar(school.id()).addSchoolDays(monday, 5);

        CalendarEntry inset = calendar.add(schoolAdmin, school.id(), new CalendarEntry(null, Kind.CLOSURE, "INSET day",
                monday.plusDays(2), monday.plusDays(2)));

        LocalDate after = schools.calendar(school.id()).addSchoolDays(monday, 5);
        assertThat(after).isEqualTo(schools.calendar(school.id()).addSchoolDays(before, 1)).isAfter(before);
        assertThat(audit.count("CALENDAR_ENTRY_ADDED", "school", school.id())).isEqualTo(1);
        calendar.remove(schoolAdmin, school.id(), inset.id());
        assertThat(schools.calendar(school.id()).addSchoolDays(monday, 5)).isEqualTo(before);
    }

    @Test
    void termDatesCsvIsImportedOnceAndBadLinesAreListed() {
        SchoolInfo fresh = schools.create(TestData.uniqueUrn(), "No Terms Yet", "Testshire");
        UserAccount admin = data.staff(fresh, Role.SCHOOL_ADMIN, null);
        byte[] csv = """
                Type,Name,Start date,End date
                Term,Autumn term 2030,01/09/2030,19/12/2030
                INSET day,INSET day,01/09/2030,
                Half term,October half term,2030-10-28,2030-11-01
                """.getBytes(StandardCharsets.UTF_8);

        CalendarImportResult first = calendar.importFile(admin, fresh.id(), csv, "terms.csv", null);
        CalendarImportResult again = calendar.importFile(admin, fresh.id(), csv, "terms.csv", null);

        assertThat(first.added()).isEqualTo(3);
        assertThat(again.added()).isZero();
        assertThat(again.alreadyThere()).isEqualTo(3);
        assertThat(schools.calendar(fresh.id()).isSchoolDay(LocalDate.of(2030, 9, 2))).isTrue();
        assertThat(schools.calendar(fresh.id()).isSchoolDay(LocalDate.of(2030, 10, 29))).isFalse();

        CalendarImportResult bad = calendar.importFile(admin, fresh.id(), """
                Type,Name,Start date,End date
                Term,Spring,2031-01-05,2031-03-27
                Picnic,Sports day,2031-06-01,
                Term,Summer,2031-07-20,2031-04-13
                """.getBytes(StandardCharsets.UTF_8), "bad.csv", null);
        assertThat(bad.errors()).extracting(e -> e.line()).containsExactly(3L, 4L);
        assertThat(calendar.entries(admin, fresh.id())).hasSize(3);
    }

    @Test
    void localAuthorityIcsFileGivesTermsAndClosures() {
        SchoolInfo fresh = schools.create(TestData.uniqueUrn(), "No Terms Yet", "Testshire");
        UserAccount admin = data.staff(fresh, Role.SCHOOL_ADMIN, null);
        String ics = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Testshire County Council//Term dates//EN",
                "BEGIN:VEVENT", "UID:1@testshire", "DTSTAMP:20260101T000000Z", "DTSTART;VALUE=DATE:20300902",
                "DTEND;VALUE=DATE:20301220", "SUMMARY:Autumn term", "END:VEVENT",
                "BEGIN:VEVENT", "UID:2@testshire", "DTSTAMP:20260101T000000Z", "DTSTART;VALUE=DATE:20301028",
                "DTEND;VALUE=DATE:20301102", "SUMMARY:Half term", "END:VEVENT",
                "BEGIN:VEVENT", "UID:3@testshire", "DTSTAMP:20260101T000000Z", "DTSTART;VALUE=DATE:20301125",
                "SUMMARY:INSET day", "END:VEVENT", "END:VCALENDAR", "");

        CalendarImportResult result = calendar.importFile(admin, fresh.id(), ics.getBytes(StandardCharsets.UTF_8),
                "testshire-2030.ics", null);

        assertThat(result.errors()).isEmpty();
        assertThat(calendar.entries(admin, fresh.id())).extracting(CalendarEntry::kind, CalendarEntry::from,
                CalendarEntry::to).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Kind.TERM, LocalDate.of(2030, 9, 2), LocalDate.of(2030, 12, 19)),
                org.assertj.core.groups.Tuple.tuple(Kind.CLOSURE, LocalDate.of(2030, 10, 28), LocalDate.of(2030, 11, 1)),
                org.assertj.core.groups.Tuple.tuple(Kind.CLOSURE, LocalDate.of(2030, 11, 25), LocalDate.of(2030, 11, 25)));
    }

    @Test
    void shippedBankHolidaysCoverEnglandToTwentyThirtyAndANewerFileAddsDates() {
        assertThat(jdbc.queryForObject("select count(*) from bank_holiday where holiday_date between "
                + "'2025-01-01' and '2030-12-31'", Integer.class)).isGreaterThanOrEqualTo(48);
        assertThat(schools.calendar(school.id()).isSchoolDay(LocalDate.of(2030, 5, 27))).isFalse();

        int added = calendar.importBankHolidays(data.admin(), """
                {"england-and-wales":{"division":"england-and-wales","events":[
                  {"title":"Extra bank holiday","date":"2031-06-02","notes":"","bunting":true}]}}
                """.getBytes(StandardCharsets.UTF_8));

        assertThat(added).isEqualTo(1);
        assertThatThrownBy(() -> calendar.importBankHolidays(schoolAdmin, new byte[0]))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> calendar.importBankHolidays(data.admin(), "{}".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("england-and-wales");
    }

    @Test
    void entriesAreCheckedAndOtherSchoolsAreOutOfReach() {
        assertThatThrownBy(() -> calendar.add(schoolAdmin, school.id(), new CalendarEntry(null, Kind.TERM, "Back",
                LocalDate.of(2030, 9, 5), LocalDate.of(2030, 9, 1))))
                .isInstanceOfSatisfying(FieldProblem.class, p -> assertThat(p.field()).isEqualTo("to"));
        UserAccount otherAdmin = data.staff(data.school(), Role.SCHOOL_ADMIN, null);
        assertThatThrownBy(() -> calendar.entries(otherAdmin, school.id())).isInstanceOf(RecordNotFoundException.class);
    }
}
