package org.rejoin.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoin.RejoinTest;
import org.rejoin.TestData;
import org.rejoin.casework.TimeFromConcern;
import org.rejoin.pupil.PupilService;
import org.rejoin.pupil.SchoolInfo;
import org.rejoin.security.Oversight;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Days from a case opening to its support plan starting, on PostgreSQL, counted by hand. M = last month.
 * <pre>
 * school A  plans started M day 10 (10 days after opening), M day 20 (14), M-2 day 15 (20), M-2 day 5 (40),
 *           M-4 day 12 (100); one 13 months ago (not counted); an open case without a plan (not counted)
 *           -> 5 plans, median 20 days; under 2 weeks 1, 2-4 weeks 2, 4-8 weeks 1, 8 weeks or more 1
 *           -> M: 2, median 12; M-2: 2, median 30; M-4: 1, median 100
 * school B  (same authority) M day 3 (7 days)   -> authority: 6 plans, median (14 + 20) / 2 = 17
 * school C  (another authority) M day 3 (3 days)
 * </pre>
 */
@RejoinTest
class TimeToPlanTests {

    @Autowired JdbcTemplate jdbc;
    @Autowired TestData data;
    @Autowired PupilService pupils;
    @Autowired Outcomes outcomes;

    String authority = TestData.newLocalAuthority();
    SchoolInfo a;
    SchoolInfo b;
    YearMonth m = YearMonth.now(OutcomeRows.UK).minusMonths(1);

    @BeforeEach
    void plansCountedByHand() {
        a = data.school(authority);
        b = data.school(authority);
        var rowsA = new OutcomeRows(jdbc, data, pupils, a);
        rowsA.planAfter("Ashby", 10, m.atDay(10));
        rowsA.planAfter("Brook", 14, m.atDay(20));
        rowsA.planAfter("Cole", 20, m.minusMonths(2).atDay(15));
        rowsA.planAfter("Dale", 40, m.minusMonths(2).atDay(5));
        rowsA.planAfter("Eden", 100, m.minusMonths(4).atDay(12));
        rowsA.planAfter("Frome", 5, m.minusMonths(12).atDay(1));
        rowsA.caseOf("Gale", LocalDate.now(OutcomeRows.UK).minusDays(30), null);
        new OutcomeRows(jdbc, data, pupils, b).planAfter("Hale", 7, m.atDay(3));
        new OutcomeRows(jdbc, data, pupils, data.school(TestData.newLocalAuthority())).planAfter("Ives", 3, m.atDay(3));
    }

    @Test
    void aLeaderSeesTheMedianTheSpreadAndEachMonth() {
        UserAccount leader = data.staff(a, Role.LEADER, "Headteacher");

        TimeFromConcern time = outcomes.timeToPlan(Oversight.of(leader));

        assertThat(time.count()).isEqualTo(5);
        assertThat(time.medianDays()).isEqualTo(20.0);
        assertThat(List.of(time.underTwoWeeks(), time.twoToFourWeeks(), time.fourToEightWeeks(),
                time.eightWeeksOrMore())).containsExactly(1L, 2L, 1L, 1L);
        assertThat(time.byMonth()).extracting(TimeFromConcern.Month::month, TimeFromConcern.Month::count,
                        TimeFromConcern.Month::medianDays)
                .containsExactly(tuple(m.minusMonths(4), 1L, 100.0), tuple(m.minusMonths(2), 2L, 30.0),
                        tuple(m, 2L, 12.0));
    }

    @Test
    void anAuthorityCountsAllItsSchoolsAndNoOtherAuthoritys() {
        UserAccount officer = data.localAuthorityOfficer(authority);

        TimeFromConcern time = outcomes.timeToPlan(Oversight.of(officer));

        assertThat(time.count()).isEqualTo(6);
        assertThat(time.medianDays()).isEqualTo(17.0);
        assertThat(time.underTwoWeeks()).isEqualTo(2);
        assertThat(time.byMonth().getLast()).isEqualTo(new TimeFromConcern.Month(m, 3, 10.0));
        assertThat(outcomes.timeToPlan(Oversight.ofSchool(officer, b.id())).medianDays()).isEqualTo(7.0);
    }

    @Test
    void anotherSchoolsLeaderAndEveryoneElseGetNothingOfIt() {
        UserAccount leaderB = data.staff(b, Role.LEADER, "Headteacher");
        assertThat(outcomes.timeToPlan(Oversight.of(leaderB)).count()).isEqualTo(1);
        assertThat(outcomes.timeToPlan(Oversight.ofSchool(leaderB, a.id()))).isEqualTo(TimeFromConcern.NONE);
        assertThat(outcomes.timeToPlan(Oversight.of(data.localAuthorityOfficer(TestData.newLocalAuthority()))))
                .isEqualTo(TimeFromConcern.NONE);
        UUID agency = jdbc.queryForObject("select id from agency order by name limit 1", UUID.class);
        for (UserAccount user : List.of(data.staff(a, Role.ATTENDANCE_CHAMPION, "Champion"), data.partner(agency),
                data.admin())) {
            assertThat(outcomes.timeToPlan(Oversight.of(user))).isEqualTo(TimeFromConcern.NONE);
        }
    }
}
