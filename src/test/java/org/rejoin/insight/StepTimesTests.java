package org.rejoin.insight;

import static java.time.Duration.ofDays;
import static java.time.Duration.ofHours;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.rejoin.insight.OverviewRows.JOURNEY;
import static org.rejoin.insight.OverviewRows.PLAN;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rejoin.RejoinTest;
import org.rejoin.TestData;
import org.rejoin.inbox.InboxFigures;
import org.rejoin.inbox.InboxFigures.StepTime;
import org.rejoin.pupil.SchoolInfo;
import org.rejoin.security.Oversight;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** How long each step takes a school: the median over its steps completed in the last year, counted by hand. */
@RejoinTest
class StepTimesTests {

    @Autowired JdbcTemplate jdbc;
    @Autowired TestData data;
    @Autowired InboxFigures inbox;

    @Test
    void eachStepsMedianTimeOverTheLastYearOfTheLeadersSchoolOnly() {
        SchoolInfo school = data.school();
        OverviewRows rows = new OverviewRows(jdbc, data, school);
        UUID caseId = rows.openCase("Timed", "UNDERSTANDING");
        rows.completedTask(caseId, JOURNEY, "Task_GatherEvidence", ofHours(2), ofDays(3));
        rows.completedTask(caseId, JOURNEY, "Task_GatherEvidence", ofHours(30), ofDays(10));
        rows.completedTask(caseId, JOURNEY, "Task_GatherEvidence", ofHours(4), ofDays(40));
        rows.completedTask(caseId, JOURNEY, "Task_GatherEvidence", ofHours(500), ofDays(400)); // over a year ago
        rows.completedTask(caseId, PLAN, "Task_Review", ofHours(10), ofDays(1));
        rows.completedTask(caseId, PLAN, "Task_Review", ofHours(20), ofDays(2));
        rows.task(caseId, JOURNEY, "Task_AssembleTeam", "OPEN", null, null); // not done yet: not counted
        SchoolInfo other = data.school();
        new OverviewRows(jdbc, data, other).completedTask(new OverviewRows(jdbc, data, other)
                .openCase("Elsewhere", "UNDERSTANDING"), JOURNEY, "Task_GatherEvidence", ofHours(900), ofDays(1));
        UserAccount leader = data.staff(school, Role.LEADER, "Head teacher");

        assertThat(inbox.medianTimeByElement(Oversight.of(leader)))
                .extracting(StepTime::processId, StepTime::elementId, StepTime::completed, StepTime::medianHours)
                .containsExactly(tuple(JOURNEY, "Task_GatherEvidence", 3, 4.0), tuple(PLAN, "Task_Review", 2, 15.0));
        assertThat(inbox.medianTimeByElement(Oversight.of(data.staff(school, Role.ATTENDANCE_CHAMPION, "Champion")))).isEmpty();
    }
}
