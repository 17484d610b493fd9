package org.rejoin.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rejoin.TestData;
import org.rejoin.base.ui.UkDates;
import org.rejoin.casework.CaseService;
import org.rejoin.pupil.SchoolInfo;
import org.rejoin.security.Oversight;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;
import org.rejoin.support.internal.PlanStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** "Reviews due this week" is this week by the app's clock (docs/decisions/0011), not the wall clock's. */
@org.rejoin.RejoinTest
class PlanFiguresOnTheAppsClockTests {

    @Autowired
    TestData data;
    @Autowired
    CaseService cases;
    @Autowired
    PlanStore plans;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aReviewDueInThreeWeeksIsDueThisWeekOnceTheAppsClockIsThreeWeeksOn() {
        SchoolInfo school = data.school();
        UserAccount champion = data.staff(school, Role.ATTENDANCE_CHAMPION, "Attendance champion");
        UserAccount leader = data.staff(school, Role.LEADER, "Deputy head");
        UUID pupil = data.pupil(school, "Reviewed");
        UUID caseId = cases.openByHand(champion, pupil, "Mornings missed");
        plans.createIfNone(caseId, school.id(), pupil, champion.username(), champion.username(), Duration.ofDays(14));
        jdbc.update("update support_plan set state = 'WORKING_ON_STEPS', next_review_due = ? where case_id = ?",
                Timestamp.from(Instant.now().plus(Duration.ofDays(21))), caseId);
        Oversight scope = Oversight.of(leader);

        var today = new PlanFigures(jdbc, Clock.system(UkDates.ZONE));
        var threeWeeksOn = new PlanFigures(jdbc, Clock.offset(Clock.system(UkDates.ZONE), Duration.ofDays(21)));

        assertThat(today.count(scope, PlanFigures.Kind.REVIEWS_DUE_THIS_WEEK)).isZero();
        assertThat(threeWeeksOn.count(scope, PlanFigures.Kind.REVIEWS_DUE_THIS_WEEK)).isOne();
        assertThat(threeWeeksOn.reviewsDueThisWeekBySchool(scope)).containsEntry(school.id(), 1L);
    }
}
