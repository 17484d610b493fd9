package org.rejoin.pupil.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rejoin.RejoinTest;
import org.rejoin.TestData;
import org.rejoin.base.ui.UkDates;
import org.rejoin.pupil.AttendanceImportSummary;
import org.rejoin.pupil.AttendanceWeek;
import org.rejoin.pupil.NewPupil;
import org.rejoin.pupil.PupilContact;
import org.rejoin.pupil.PupilRecord;
import org.rejoin.pupil.SchoolInfo;
import org.rejoin.pupil.SenStatus;
import org.rejoin.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * A pupil's records (the roster line, a week's attendance, a parent's details, an attendance import) carry the app's
 * clock, not the database's: with the clock four weeks back, as the demo's history runs, they are dated four weeks
 * ago (docs/decisions/0011).
 */
@RejoinTest
class PupilRecordsDatedByTheAppsClockTests {

    private static final Duration FOUR_WEEKS = Duration.ofDays(28);

    @Autowired JdbcTemplate jdbc;
    @Autowired NamedParameterJdbcTemplate named;
    @Autowired TestData data;
    @Autowired SchoolRepository schoolRepository;
    @Autowired PupilRepository pupilRepository;

    private final Clock fourWeeksBack = Clock.offset(Clock.system(UkDates.ZONE), FOUR_WEEKS.negated());

    @Test
    void anImportWhileTheClockIsBackIsDatedThenNotToday() {
        SchoolInfo school = data.school();
        UUID champion = data.staff(school, Role.ATTENDANCE_CHAMPION, "Attendance champion").id();
        UUID pupil = UUID.randomUUID();
        UUID importId = UUID.randomUUID();
        LocalDate week = LocalDate.now(fourWeeksBack).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Instant from = Instant.now(fourWeeksBack).minusSeconds(1);

        new RosterStore(jdbc, fourWeeksBack).upsert(school.id(), List.of(new PupilRecord(pupil, TestData.randomUpn(),
                "Ada", null, "Clockwell", LocalDate.of(2012, 5, 1), 9, null, null, null, SenStatus.NONE, false, false)),
                n -> { });
        new AttendanceStore(jdbc, named, fourWeeksBack).upsert(List.of(new AttendanceWeek(pupil, week, 10, 8, 1, 1, 0,
                null)));
        new ContactStore(jdbc, fourWeeksBack).insert(school.id(), new PupilContact(UUID.randomUUID(), pupil,
                "Sam Clockwell", "Mother", true, 1, null, null, null, false));
        new AttendanceImportStore(jdbc, fourWeeksBack).record(importId, school.id(), champion, "week.csv", 1, 1, 1,
                week, week, AttendanceImportSummary.Status.SUCCEEDED, 0);
        Instant to = Instant.now(fourWeeksBack).plusSeconds(1);

        var dates = jdbc.queryForMap("""
                select p.created_at, w.updated_at as attendance_updated_at, c.updated_at as contact_updated_at,
                       i.imported_at
                from pupil p
                join weekly_attendance w on w.pupil_id = p.id
                join pupil_contact c on c.pupil_id = p.id
                join attendance_import i on i.id = ?
                where p.id = ?""", importId, pupil);
        assertThat(dates).hasSize(4);
        dates.forEach((column, value) -> assertThat(((Timestamp) value).toInstant()).as(column).isBetween(from, to));
        assertThat(to).isBefore(Instant.now().minus(FOUR_WEEKS.minusDays(1)));
    }

    @Test
    void aSchoolAndAPupilAddedWhileTheClockIsBackAreDatedThen() {
        Instant from = Instant.now(fourWeeksBack).minusSeconds(1);
        String authority = TestData.newLocalAuthority();
        UUID schoolId = schoolRepository.save(new School(TestData.uniqueUrn(), "Clock Academy " + UUID.randomUUID(),
                authority, Instant.now(fourWeeksBack))).id();
        UUID pupilId = pupilRepository.save(new Pupil(new NewPupil(schoolId, TestData.randomUpn(), "Ada", "Clockwell",
                LocalDate.of(2012, 5, 1), 9, SenStatus.NONE, null), Instant.now(fourWeeksBack))).id();
        Instant to = Instant.now(fourWeeksBack).plusSeconds(1);

        var dates = jdbc.queryForMap("""
                select s.created_at as school_created_at, p.created_at as pupil_created_at
                from school s join pupil p on p.school_id = s.id
                where s.id = ? and p.id = ?""", schoolId, pupilId);
        assertThat(dates).hasSize(2);
        dates.forEach((column, value) -> assertThat(((Timestamp) value).toInstant()).as(column).isBetween(from, to));
    }
}
