package org.rejoin.insight;

import static java.time.Duration.ofDays;
import static java.time.Duration.ofHours;
import static org.rejoin.insight.OverviewRows.JOURNEY;
import static org.rejoin.insight.OverviewRows.PLAN;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.rejoin.TestData;
import org.rejoin.pupil.SchoolInfo;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One fresh school whose every overview figure is known by hand:
 * <pre>
 * c1 UNDERSTANDING  GatherEvidence (champion, due 26 h ago), ColleagueInformation (staff, due tomorrow);
 *                   Early Help SENT, answer-by date passed
 * c2 UNDERSTANDING  GatherEvidence (nobody, due 2 days ago), ColleagueInformation (champion, 3 days ago),
 *                   a completed GatherEvidence; Early Help SENT, answer-by date to come
 * c3 SUPPORT_PLAN   plan WORKING_ON_STEPS, review due Monday noon this week; Review (nobody, no due date);
 *                   part-time APPROVED today-5..today+5; Early Help ACCEPTED; mental health SENT, date passed
 * c4 SUPPORT_PLAN   plan WORKING_ON_STEPS, review next Monday; Review (champion, due 20 h ago), a cancelled
 *                   AdaptStep; part-time APPROVED today-3..today+20; Early Help REQUESTED
 * c5 SUPPORT_PLAN   plan GATHERING_VIEWS, review "due" this week; part-time PROPOSED today..today+5
 * c6 CLOSED         plan SUSTAINED
 * </pre>
 */
public record OverviewScenario(SchoolInfo school, UserAccount leader, UserAccount champion, UserAccount staff,
                        UUID c1, UUID c2, UUID c3, UUID c4, UUID c5, UUID c6) {

    public static OverviewScenario create(JdbcTemplate jdbc, TestData data) {
        return create(jdbc, data, data.school());
    }

    /** The same hand-counted cases in this school (of a local authority under test). */
    public static OverviewScenario create(JdbcTemplate jdbc, TestData data, SchoolInfo school) {
        UserAccount leader = data.staff(school, Role.LEADER, "Headteacher");
        UserAccount champion = data.staff(school, Role.ATTENDANCE_CHAMPION, "Attendance champion");
        UserAccount staff = data.staff(school, Role.SCHOOL_STAFF, "Tutor");
        var rows = new OverviewRows(jdbc, data, school);
        ZoneId uk = ZoneId.of("Europe/London");
        LocalDate today = LocalDate.now(uk);
        LocalDate monday = today.with(DayOfWeek.MONDAY);

        UUID c1 = rows.openCase("Ashby", "UNDERSTANDING");
        rows.task(c1, JOURNEY, "Task_GatherEvidence", "OPEN", champion.username(), ofHours(-26));
        rows.task(c1, JOURNEY, "Task_ColleagueInformation", "OPEN", staff.username(), ofDays(1));
        rows.referral(c1, "EARLY_HELP", "SENT", ofHours(-1));

        UUID c2 = rows.openCase("Brook", "UNDERSTANDING");
        rows.task(c2, JOURNEY, "Task_GatherEvidence", "OPEN", null, ofDays(-2));
        rows.task(c2, JOURNEY, "Task_ColleagueInformation", "OPEN", champion.username(), ofDays(-3));
        rows.task(c2, JOURNEY, "Task_GatherEvidence", "COMPLETED", champion.username(), ofDays(-9));
        rows.referral(c2, "EARLY_HELP", "SENT", ofDays(3));

        UUID c3 = rows.openCase("Cole", "SUPPORT_PLAN");
        rows.plan(c3, "WORKING_ON_STEPS", monday.atTime(12, 0).atZone(uk).toInstant());
        rows.task(c3, PLAN, "Task_Review", "OPEN", null, null);
        rows.partTime(c3, "APPROVED", today.minusDays(5), today.plusDays(5));
        rows.referral(c3, "EARLY_HELP", "ACCEPTED", ofDays(-10));
        rows.referral(c3, "MENTAL_HEALTH_SUPPORT", "SENT", ofDays(-1));

        UUID c4 = rows.openCase("Dale", "SUPPORT_PLAN");
        rows.plan(c4, "WORKING_ON_STEPS", monday.plusWeeks(1).atTime(12, 0).atZone(uk).toInstant());
        rows.task(c4, PLAN, "Task_Review", "OPEN", champion.username(), ofHours(-20));
        rows.task(c4, PLAN, "Task_AdaptStep", "CANCELLED", champion.username(), ofDays(-5));
        rows.partTime(c4, "APPROVED", today.minusDays(3), today.plusDays(20));
        rows.referral(c4, "EARLY_HELP", "REQUESTED", null);

        UUID c5 = rows.openCase("Eden", "SUPPORT_PLAN");
        rows.plan(c5, "GATHERING_VIEWS", monday.atTime(12, 0).atZone(uk).toInstant());
        rows.partTime(c5, "PROPOSED", today, today.plusDays(5));

        UUID c6 = rows.caseRow("Frome", "CLOSED", "CLOSED");
        rows.plan(c6, "SUSTAINED", null);
        return new OverviewScenario(school, leader, champion, staff, c1, c2, c3, c4, c5, c6);
    }
}
