package org.rejoin.pupil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoin.TestData;
import org.rejoin.referral.AgencyService;
import org.rejoin.referral.AgencyType;
import org.rejoin.security.Oversight;
import org.rejoin.security.AuditTrail;
import org.rejoin.security.NewUser;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;
import org.rejoin.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Scoping and attendance arithmetic on real PostgreSQL, with two schools of our own. */
@org.rejoin.RejoinTest
class PupilServiceTests {

    @Autowired
    PupilService pupils;
    @Autowired
    SchoolService schools;
    @Autowired
    UserService users;
    @Autowired
    AgencyService agencies;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcTemplate jdbc;

    UserAccount championA;
    UserAccount leaderA;
    UserAccount championB;
    UserAccount partner;
    UUID regularAttender;
    UUID missesOneDay;
    LocalDate week;

    @BeforeEach
    void twoSchools() {
        String tag = TestData.uniqueUrn();
        SchoolInfo a = schools.create(tag, "School A " + tag, "Testshire");
        SchoolInfo b = schools.create(TestData.uniqueUrn(), "School B " + tag, "Testshire");
        championA = user("champion-a-" + tag, Role.ATTENDANCE_CHAMPION, a.id(), null);
        leaderA = user("leader-a-" + tag, Role.LEADER, a.id(), null);
        championB = user("champion-b-" + tag, Role.ATTENDANCE_CHAMPION, b.id(), null);
        partner = user("partner-" + tag, Role.PARTNER, null,
                agencies.create("Early Help " + tag, AgencyType.EARLY_HELP, "Testshire").id());
        regularAttender = pupil(a, tag, 1, "Adams");
        missesOneDay = pupil(a, tag, 2, "Brown");
        pupil(b, tag, 3, "Clark");
        LocalDate yearStart = LocalDate.of(LocalDate.now().getMonthValue() >= 8 ? LocalDate.now().getYear()
                : LocalDate.now().getYear() - 1, 9, 1);
        week = yearStart.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        pupils.recordAttendance(List.of(
                new AttendanceWeek(regularAttender, week, 10, 10, 0, 0, 1, "L/////////"),
                new AttendanceWeek(missesOneDay, week, 10, 8, 1, 1, 0, "AU////////")));
    }

    @Test
    void championSeesOnlyTheirOwnSchoolsPupils() {
        var page = pupils.pupilsOfMySchool(championA, "", PageRequest.of(0, 50));
        assertThat(page.getTotalElements()).isEqualTo(2);
        assertThat(page.getContent()).extracting(PupilSummary::id).containsExactly(regularAttender, missesOneDay);
    }

    @Test
    void theListCountsTheFirstWeekOfTermEvenWhenTermStartsMidweek() {
        // no terms recorded: the year starts on 1 September (a Tuesday in 2026), kept by its week's Monday
        LocalDate firstWeek = week.minusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        pupils.recordAttendance(List.of(new AttendanceWeek(regularAttender, firstWeek, 10, 6, 4, 0, 0, null)));

        var adams = pupils.pupilsOfMySchool(championA, "adams", PageRequest.of(0, 50)).getContent().getFirst();
        assertThat(adams.sessionsPresent()).isEqualTo(16);
        assertThat(adams.sessionsPossible()).isEqualTo(20);
    }

    @Test
    void searchFindsByNamePrefixOrExactUpn() {
        assertThat(pupils.pupilsOfMySchool(championA, "bro", PageRequest.of(0, 50)).getContent())
                .extracting(PupilSummary::id).containsExactly(missesOneDay);
        String upn = pupils.pupil(championA, regularAttender).orElseThrow().upn();
        assertThat(pupils.pupilsOfMySchool(championA, upn.toLowerCase(), PageRequest.of(0, 50)).getContent())
                .extracting(PupilSummary::id).containsExactly(regularAttender);
    }

    @Test
    void anotherSchoolsChampionCannotReachAPupilByIdAndTheAttemptIsAudited() {
        assertThat(pupils.pupil(championB, regularAttender)).isEmpty();
        assertThat(audit.count("ACCESS_DENIED", "pupil", regularAttender)).isEqualTo(1);
        assertThat(pupils.pupil(championA, regularAttender)).isPresent();
    }

    @Test
    void partnersReachNoPupilsWithoutAReferral() {
        assertThat(pupils.pupil(partner, regularAttender)).isEmpty();
        assertThat(pupils.pupilsOfMySchool(partner, "", PageRequest.of(0, 50))).isEmpty();
    }

    @Test
    void leaderFiguresCountPersistentAbsenceAtTenPercentMissed() {
        SchoolFigures figures = pupils.schoolFigures(Oversight.of(leaderA));
        assertThat(figures.pupils()).isEqualTo(2);
        assertThat(figures.persistentlyAbsent()).isEqualTo(1); // 8 of 10 sessions: missing 20%
        assertThat(figures.severelyAbsent()).isZero();
        assertThat(figures.attendancePercent()).isEqualTo(90.0); // 18 of 20 sessions
    }

    @Test
    void reimportingAWeekUpdatesItRatherThanAddingAnother() {
        pupils.recordAttendance(List.of(new AttendanceWeek(missesOneDay, week, 10, 10, 0, 0, 0, null)));
        assertThat(jdbc.queryForObject("select count(*) from weekly_attendance where pupil_id = ?", Integer.class,
                missesOneDay)).isEqualTo(1);
        assertThat(pupils.pupil(championA, missesOneDay).orElseThrow().attendancePercent()).isEqualTo(100.0);
    }

    @Test
    void refusesABadUpnWithTheReasonAndADuplicate() {
        UUID school = championA.schoolId();
        assertThatThrownBy(() -> pupils.register(new NewPupil(school, "H801200001002", "X", "Y",
                LocalDate.of(2012, 1, 1), 9, SenStatus.NONE, null)))
                .hasMessageContaining("check letter");
        String existing = pupils.pupil(championA, regularAttender).orElseThrow().upn();
        assertThatThrownBy(() -> pupils.register(new NewPupil(school, existing, "X", "Y",
                LocalDate.of(2012, 1, 1), 9, SenStatus.NONE, null)))
                .hasMessageContaining("already registered");
    }

    private UserAccount user(String name, Role role, UUID school, UUID agency) {
        return users.create(new NewUser(name + "@test.example", name, null, role, school, agency, "long test password"));
    }

    private UUID pupil(SchoolInfo school, String tag, int serial, String surname) {
        String upn = Upn.withCheckLetter("999" + tag.substring(0, 4) + tag.substring(4) + String.format("%03d", serial)).value();
        return pupils.register(new NewPupil(school.id(), upn, "Pupil", surname, LocalDate.of(2012, 5, 1), 9,
                SenStatus.NONE, null));
    }
}
