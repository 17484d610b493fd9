package org.rejoin.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.rejoin.insight.OutcomeRows.september;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoin.RejoinTest;
import org.rejoin.TestData;
import org.rejoin.pupil.AbsenceWeek;
import org.rejoin.pupil.AttendanceFigures;
import org.rejoin.pupil.PupilService;
import org.rejoin.pupil.SchoolInfo;
import org.rejoin.security.Oversight;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Persistent and severe absence week by week, this school year and last, from the schools' year-to-date
 * rows, on PostgreSQL, counted by hand (present/possible; PA = missing 10% or more so far that school year,
 * severe = 50% or more). L1, L2: two September weeks of last school year; T1, T2: of this one.
 * <pre>
 * school P  p1: L1 10/10, L2 10/10, T1 5/10     p2: L1 8/10, L2 10/10, T1 10/10     p3: L1 4/10, L2 10/10
 *           p1 two school years ago 0/10 (not shown)
 *   L1: 3 pupils, PA p2 p3, severe p3   L2 (so far 20/20, 18/20, 14/20): PA p2 p3, severe none
 *   T1: p1 5/10, p2 10/10 (p3 nothing this year): 2 pupils, PA p1, severe p1
 * school Q  q1: L2 9/10, T2 10/10   L2: 1 pupil, PA q1;  T2: 1 pupil, none
 * authority (P + Q): L1 = P alone (Q had nothing yet); L2 = 4 pupils, PA 3; T1 = P alone (Q nothing yet this
 *           year); T2 = P as at T1 (not recorded) + Q = 3 pupils, PA 1, severe 1, one school of two recorded
 * </pre>
 */
@RejoinTest
class AbsenceOverTimeTests {

    @Autowired JdbcTemplate jdbc;
    @Autowired TestData data;
    @Autowired PupilService pupils;
    @Autowired Outcomes outcomes;

    String authority = TestData.newLocalAuthority();
    SchoolInfo p;
    SchoolInfo q;
    LocalDate l1;
    LocalDate l2;
    LocalDate t1;
    LocalDate t2;

    @BeforeEach
    void schoolsCountedByHand() {
        LocalDate thisYear = AttendanceFigures.schoolYearStart(outcomes.today());
        l1 = september(thisYear.minusYears(1));
        l2 = l1.plusWeeks(1);
        t1 = september(thisYear);
        t2 = t1.plusWeeks(1);
        p = data.school(authority);
        q = data.school(authority);
        var rowsP = new OutcomeRows(jdbc, data, pupils, p);
        var rowsQ = new OutcomeRows(jdbc, data, pupils, q);
        UUID p1 = rowsP.pupil("One");
        UUID p2 = rowsP.pupil("Two");
        UUID p3 = rowsP.pupil("Three");
        rowsP.week(p1, september(thisYear.minusYears(2)), 0, 10);
        rowsP.week(p1, l1, 10, 10);
        rowsP.week(p2, l1, 8, 10);
        rowsP.week(p3, l1, 4, 10);
        rowsP.week(p1, l2, 10, 10);
        rowsP.week(p2, l2, 10, 10);
        rowsP.week(p3, l2, 10, 10);
        rowsP.week(p1, t1, 5, 10);
        rowsP.week(p2, t1, 10, 10);
        UUID q1 = rowsQ.pupil("Quill");
        rowsQ.week(q1, l2, 9, 10);
        rowsQ.week(q1, t2, 10, 10);
    }

    @Test
    void aLeaderSeesTheirSchoolsWeeksOfThisSchoolYearAndLast() {
        UserAccount leader = data.staff(p, Role.LEADER, "Headteacher");

        List<AbsenceWeek> weeks = outcomes.absenceByWeek(Oversight.of(leader));

        assertThat(weeks).extracting(AbsenceWeek::weekStarting, AbsenceWeek::pupils, AbsenceWeek::persistentlyAbsent,
                        AbsenceWeek::severelyAbsent, AbsenceWeek::schoolsRecorded, AbsenceWeek::schools)
                .containsExactly(tuple(l1, 3L, 2L, 1L, 1, 1), tuple(l2, 3L, 2L, 0L, 1, 1), tuple(t1, 2L, 1L, 1L, 1, 1));
        assertThat(weeks.getFirst().persistentPercent()).isCloseTo(66.67, org.assertj.core.data.Offset.offset(0.01));
        assertThat(weeks.get(2).severePercent()).isEqualTo(50.0);
        assertThat(weeks.get(2).schoolYearStart()).isEqualTo(AttendanceFigures.schoolYearStart(outcomes.today()));
    }

    @Test
    void anAuthorityAddsItsSchoolsUpCountingASchoolWithoutThisWeekAtItsLatest() {
        UserAccount officer = data.localAuthorityOfficer(authority);

        assertThat(outcomes.absenceByWeek(Oversight.of(officer)))
                .extracting(AbsenceWeek::weekStarting, AbsenceWeek::pupils, AbsenceWeek::persistentlyAbsent,
                        AbsenceWeek::severelyAbsent, AbsenceWeek::schoolsRecorded, AbsenceWeek::schools)
                .containsExactly(tuple(l1, 3L, 2L, 1L, 1, 1), tuple(l2, 4L, 3L, 0L, 2, 2), tuple(t1, 2L, 1L, 1L, 1, 1),
                        tuple(t2, 3L, 1L, 1L, 1, 2));
        assertThat(outcomes.absenceByWeek(Oversight.ofSchool(officer, q.id())))
                .extracting(AbsenceWeek::weekStarting, AbsenceWeek::pupils, AbsenceWeek::persistentlyAbsent)
                .containsExactly(tuple(l2, 1L, 1L), tuple(t2, 1L, 0L));
    }

    @Test
    void nobodyElseSeesTheseSchoolsWeeks() {
        UserAccount otherOfficer = data.localAuthorityOfficer(TestData.newLocalAuthority());
        UserAccount leaderQ = data.staff(q, Role.LEADER, "Headteacher");
        assertThat(outcomes.absenceByWeek(Oversight.of(otherOfficer))).isEmpty();
        assertThat(outcomes.absenceByWeek(Oversight.ofSchool(otherOfficer, p.id()))).isEmpty();
        assertThat(outcomes.absenceByWeek(Oversight.ofSchool(leaderQ, p.id()))).isEmpty();
        assertThat(outcomes.absenceByWeek(Oversight.of(leaderQ))).extracting(AbsenceWeek::weekStarting)
                .containsExactly(l2, t2);
        UUID agency = jdbc.queryForObject("select id from agency order by name limit 1", UUID.class);
        for (UserAccount user : List.of(data.staff(p, Role.ATTENDANCE_CHAMPION, "Champion"), data.partner(agency),
                data.admin())) {
            assertThat(outcomes.absenceByWeek(Oversight.of(user))).isEmpty();
        }
    }
}
