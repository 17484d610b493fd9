package org.rejoin.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoin.RejoinTest;
import org.rejoin.TestData;
import org.rejoin.pupil.AttendanceBeforeAndSince;
import org.rejoin.pupil.AttendanceBeforeAndSince.Direction;
import org.rejoin.pupil.AttendanceChangeTotals;
import org.rejoin.pupil.PupilService;
import org.rejoin.pupil.SchoolInfo;
import org.rejoin.security.Oversight;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Attendance in the six school weeks before a case opened against since, on PostgreSQL, counted by hand.
 * M = the Monday ten weeks ago; sessions are present/possible.
 * <pre>
 * school A  Ashby  opened Wed M+2d   before: M-6w 5/10, M-5w 6/10, M-4w 7/10, M-3w 8/10, M-1w 9/10, M 5/10
 *                                    = 40/60 (M-7w 0/10 is a seventh week, M-2w 0/0 no school week)
 *                                    since: M+1w 8/10, M+2w 10/10, M+3w 9/10 = 27/30  -> improved
 *           Brook  opened Mon M, closed Tue M+2w+1d   before: M-2w 10/10, M-1w 9/10 = 19/20 (M itself is since)
 *                                    since: M 6/10, M+1w 5/10, M+2w 7/10 = 18/30 (M+3w 10/10 after closing) -> worse
 *           Cole   opened Wed M+2d   before: M-1w 8/10, M 9/10 = 17/20; since M+1w 9/10, M+2w 8/10 = 17/20 -> same
 *           Dale   opened today      before: M+3w 7/10; nothing since yet -> not yet
 *           Eden   opened 13 months ago: not counted
 * school B  Frome  opened Wed M+2d   before: M 4/10; since: M+1w 6/10 -> improved      (same authority)
 * school C  Gale   opened Wed M+2d   (another authority)
 * </pre>
 */
@RejoinTest
class AttendanceBeforeAndSinceTests {

    @Autowired JdbcTemplate jdbc;
    @Autowired TestData data;
    @Autowired PupilService pupils;
    @Autowired Outcomes outcomes;

    String authority = TestData.newLocalAuthority();
    SchoolInfo a;
    SchoolInfo b;
    UserAccount leaderA;
    UUID ashby;
    UUID brook;
    UUID cole;
    UUID dale;
    UUID frome;
    UUID gale;

    @BeforeEach
    void schoolsCountedByHand() {
        LocalDate today = outcomes.today();
        LocalDate m = today.with(DayOfWeek.MONDAY).minusWeeks(10);
        a = data.school(authority);
        b = data.school(authority);
        leaderA = data.staff(a, Role.LEADER, "Headteacher");
        var rowsA = new OutcomeRows(jdbc, data, pupils, a);
        var rowsB = new OutcomeRows(jdbc, data, pupils, b);
        var rowsC = new OutcomeRows(jdbc, data, pupils, data.school(TestData.newLocalAuthority()));

        var c = rowsA.caseOf("Ashby", m.plusDays(2), null);
        ashby = c.id();
        int[][] weeks = {{-7, 0, 10}, {-6, 5, 10}, {-5, 6, 10}, {-4, 7, 10}, {-3, 8, 10}, {-2, 0, 0}, {-1, 9, 10},
                {0, 5, 10}, {1, 8, 10}, {2, 10, 10}, {3, 9, 10}};
        for (int[] w : weeks) {
            rowsA.week(c.pupil(), m.plusWeeks(w[0]), w[1], w[2]);
        }
        c = rowsA.caseOf("Brook", m, m.plusWeeks(2).plusDays(1));
        brook = c.id();
        int[][] brookWeeks = {{-2, 10}, {-1, 9}, {0, 6}, {1, 5}, {2, 7}, {3, 10}};
        for (int[] w : brookWeeks) {
            rowsA.week(c.pupil(), m.plusWeeks(w[0]), w[1], 10);
        }
        c = rowsA.caseOf("Cole", m.plusDays(2), null);
        cole = c.id();
        rowsA.week(c.pupil(), m.minusWeeks(1), 8, 10);
        rowsA.week(c.pupil(), m, 9, 10);
        rowsA.week(c.pupil(), m.plusWeeks(1), 9, 10);
        rowsA.week(c.pupil(), m.plusWeeks(2), 8, 10);
        c = rowsA.caseOf("Dale", today, null);
        dale = c.id();
        rowsA.week(c.pupil(), m.plusWeeks(3), 7, 10);
        c = rowsA.caseOf("Eden", today.minusMonths(13), null);
        rowsA.week(c.pupil(), today.minusMonths(13).with(DayOfWeek.MONDAY).minusWeeks(1), 2, 10);

        c = rowsB.caseOf("Frome", m.plusDays(2), null);
        frome = c.id();
        rowsB.week(c.pupil(), m, 4, 10);
        rowsB.week(c.pupil(), m.plusWeeks(1), 6, 10);
        c = rowsC.caseOf("Gale", m.plusDays(2), null);
        gale = c.id();
        rowsC.week(c.pupil(), m, 1, 10);
    }

    @Test
    void eachCaseComparesItsSixSchoolWeeksBeforeWithTheWeeksSinceWorstChangeFirst() {
        var rows = outcomes.attendanceByCase(Oversight.of(leaderA), PageRequest.of(0, 10)).getContent();

        assertThat(rows).extracting(AttendanceBeforeAndSince::key, AttendanceBeforeAndSince::pupilName,
                        AttendanceBeforeAndSince::beforePresent, AttendanceBeforeAndSince::beforePossible,
                        AttendanceBeforeAndSince::sincePresent, AttendanceBeforeAndSince::sincePossible,
                        AttendanceBeforeAndSince::direction)
                .containsExactly(tuple(brook, "Pupil Brook", 19L, 20L, 18L, 30L, Direction.WORSE),
                        tuple(cole, "Pupil Cole", 17L, 20L, 17L, 20L, Direction.ABOUT_THE_SAME),
                        tuple(ashby, "Pupil Ashby", 40L, 60L, 27L, 30L, Direction.IMPROVED),
                        tuple(dale, "Pupil Dale", 7L, 10L, 0L, 0L, Direction.NOT_YET));
        assertThat(rows.get(0).change()).isCloseTo(-35.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(rows.get(2).beforePercent()).isCloseTo(66.67, org.assertj.core.data.Offset.offset(0.01));
        assertThat(rows.get(2).sincePercent()).isEqualTo(90.0);
        assertThat(rows.get(3).change()).isNull();
        assertThat(rows).extracting(AttendanceBeforeAndSince::schoolName).containsOnly(a.name());
    }

    @Test
    void theListIsPagedAndSortedInTheDatabase() {
        Oversight scope = Oversight.of(leaderA);
        var best = outcomes.attendanceByCase(scope, PageRequest.of(0, 2, Sort.by(Sort.Order.desc("change"))));
        var second = outcomes.attendanceByCase(scope, PageRequest.of(1, 2, Sort.by(Sort.Order.desc("change"))));

        assertThat(best.getTotalElements()).isEqualTo(4);
        assertThat(best.getContent()).extracting(AttendanceBeforeAndSince::key).containsExactly(ashby, cole);
        assertThat(second.getContent()).extracting(AttendanceBeforeAndSince::key).containsExactly(brook, dale);
        assertThat(outcomes.attendanceByCase(scope, PageRequest.of(0, 10, Sort.by("since"))).getContent())
                .extracting(AttendanceBeforeAndSince::key).containsExactly(brook, cole, ashby, dale);
    }

    @Test
    void theTotalsWeighBySessionsOverTheCasesWithAttendanceOnBothSides() {
        // before 40+19+17 = 76 of 60+20+20 = 100; since 27+18+17 = 62 of 30+30+20 = 80
        assertThat(outcomes.attendanceTotals(Oversight.of(leaderA)))
                .isEqualTo(new AttendanceChangeTotals(4, 76, 100, 62, 80, 1, 1, 1, 1));
        assertThat(outcomes.attendanceTotals(Oversight.of(leaderA)).sincePercent()).isEqualTo(77.5);
    }

    @Test
    void aLocalAuthorityOfficerCountsBothItsSchoolsAndNeverAnotherAuthoritys() {
        UserAccount officer = data.localAuthorityOfficer(authority);

        assertThat(outcomes.attendanceTotals(Oversight.of(officer)))
                .isEqualTo(new AttendanceChangeTotals(5, 80, 110, 68, 90, 2, 1, 1, 1));
        var rows = outcomes.attendanceByCase(Oversight.of(officer), PageRequest.of(0, 10)).getContent();
        assertThat(rows).extracting(AttendanceBeforeAndSince::key).containsExactly(brook, cole, frome, ashby, dale)
                .doesNotContain(gale);
        assertThat(rows.get(2).schoolName()).isEqualTo(b.name());
        assertThat(outcomes.attendanceByCase(Oversight.ofSchool(officer, b.id()), PageRequest.of(0, 10)).getContent())
                .extracting(AttendanceBeforeAndSince::key).containsExactly(frome);
    }

    @Test
    void aLeaderOfSchoolBSeesNothingOfSchoolAAndOthersSeeNothingAtAll() {
        UserAccount leaderB = data.staff(b, Role.LEADER, "Headteacher");
        assertThat(outcomes.attendanceByCase(Oversight.of(leaderB), PageRequest.of(0, 10)).getContent())
                .extracting(AttendanceBeforeAndSince::key).containsExactly(frome);
        assertThat(outcomes.attendanceTotals(Oversight.of(leaderB)).total()).isEqualTo(1);
        assertThat(outcomes.attendanceByCase(Oversight.ofSchool(leaderB, a.id()), PageRequest.of(0, 10))).isEmpty();

        UUID agency = jdbc.queryForObject("select id from agency order by name limit 1", UUID.class);
        for (UserAccount user : List.of(data.staff(a, Role.ATTENDANCE_CHAMPION, "Champion"), data.partner(agency),
                data.admin())) {
            assertThat(outcomes.attendanceByCase(Oversight.of(user), PageRequest.of(0, 10))).isEmpty();
            assertThat(outcomes.attendanceTotals(Oversight.of(user))).isEqualTo(AttendanceChangeTotals.NONE);
        }
    }
}
