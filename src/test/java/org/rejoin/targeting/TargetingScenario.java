package org.rejoin.targeting;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import org.rejoin.TestData;
import org.rejoin.base.ui.UkDates;
import org.rejoin.pupil.AttendanceWeek;
import org.rejoin.pupil.NewPupil;
import org.rejoin.pupil.PupilService;
import org.rejoin.pupil.SchoolInfo;
import org.rejoin.pupil.SchoolService;
import org.rejoin.pupil.SenStatus;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A fresh school of a fresh local authority whose targeting pack is counted by hand. Two weeks of this school
 * year, ten sessions each (20 possible), and a week of last school year that must not count:
 * <pre>
 * Ashby  18/20 = 90% exactly   open case, understanding the barriers; Attendance Improvement accepted
 * Brook  19/20 = 95%           (last year 0/10: 19/30 = 63% if last year counted)
 * Cole   10/20 = 50% exactly   open case, understanding the barriers; no referrals
 * Dale    4/20 = 20%  year 10  open case on a plan working through the steps; Early Help sent,
 *                              CAMHS being prepared, educational psychology declined (closed)
 * Eden   17/20 = 85%           no case
 * Finch  11/20 = 55%           a closed case, its Early Help referral completed
 * Gale   no sessions possible  not counted
 * </pre>
 * At or below 90%: Dale, Cole, Finch, Eden, Ashby (5 of 6 pupils with sessions); at or below 50%: Dale, Cole.
 * A second school of the same authority has one pupil, Hale, at 30%.
 */
public record TargetingScenario(String localAuthority, SchoolInfo school, SchoolInfo sameAuthority, UserAccount leader,
                                UserAccount officer, UUID ashby, UUID brook, UUID cole, UUID dale, UUID eden, UUID finch,
                                UUID hale, UUID ashbyCase, UUID coleCase, UUID daleCase, UUID finchCase) {

    public static TargetingScenario create(JdbcTemplate jdbc, TestData data, PupilService pupils, SchoolService schools) {
        String authority = TestData.newLocalAuthority();
        SchoolInfo school = data.school(authority);
        SchoolInfo other = data.school(authority);
        var rows = new Rows(jdbc, pupils, schools.schoolYearStart(school.id(), LocalDate.now(UkDates.ZONE))
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
        UUID ashby = rows.pupil(school, "Ashby", 9, 9, 9);
        UUID brook = rows.pupil(school, "Brook", 9, 10, 9);
        rows.lastYear(brook);
        UUID cole = rows.pupil(school, "Cole", 9, 5, 5);
        UUID dale = rows.pupil(school, "Dale", 10, 2, 2);
        UUID eden = rows.pupil(school, "Eden", 9, 9, 8);
        UUID finch = rows.pupil(school, "Finch", 9, 6, 5);
        UUID gale = rows.pupil(school, "Gale", 9, 0, 0);
        pupils.recordAttendance(List.of(new AttendanceWeek(gale, rows.week(0), 0, 0, 0, 0, 0, null)));
        UUID hale = rows.pupil(other, "Hale", 9, 3, 3);

        UUID ashbyCase = rows.caseOf(ashby, "OPEN", "UNDERSTANDING");
        rows.referral(ashbyCase, "ATTENDANCE_IMPROVEMENT", "ACCEPTED");
        UUID coleCase = rows.caseOf(cole, "OPEN", "UNDERSTANDING");
        UUID daleCase = rows.caseOf(dale, "OPEN", "SUPPORT_PLAN");
        rows.plan(daleCase, "WORKING_ON_STEPS");
        rows.referral(daleCase, "EARLY_HELP", "SENT");
        rows.referral(daleCase, "MENTAL_HEALTH_SUPPORT", "REQUESTED");
        rows.referral(daleCase, "EDUCATIONAL_PSYCHOLOGY", "DECLINED");
        UUID finchCase = rows.caseOf(finch, "CLOSED", "CLOSED");
        rows.referral(finchCase, "EARLY_HELP", "COMPLETED");
        rows.caseOf(hale, "OPEN", "UNDERSTANDING");

        return new TargetingScenario(authority, school, other, data.staff(school, Role.LEADER, "Headteacher"),
                data.localAuthorityOfficer(authority), ashby, brook, cole, dale, eden, finch, hale, ashbyCase, coleCase,
                daleCase, finchCase);
    }

    private static final java.util.concurrent.atomic.AtomicInteger REQUESTED_IN_ORDER =
            new java.util.concurrent.atomic.AtomicInteger();

    private record Rows(JdbcTemplate jdbc, PupilService pupils, LocalDate countedFrom) {

        LocalDate week(int n) {
            return countedFrom.plusWeeks(n);
        }

        /** A pupil present for {@code first} and {@code second} of ten sessions in the year's first two weeks. */
        UUID pupil(SchoolInfo school, String surname, int yearGroup, int first, int second) {
            UUID id = pupils.register(new NewPupil(school.id(), TestData.randomUpn(), "Pupil", surname,
                    LocalDate.of(2011, 3, 1), yearGroup, SenStatus.NONE, null));
            if (first + second > 0) {
                pupils.recordAttendance(List.of(new AttendanceWeek(id, week(0), 10, first, 0, 10 - first, 0, null),
                        new AttendanceWeek(id, week(1), 10, second, 10 - second, 0, 0, null)));
            }
            return id;
        }

        void lastYear(UUID pupil) {
            pupils.recordAttendance(List.of(new AttendanceWeek(pupil, countedFrom.minusWeeks(7), 10, 0, 0, 10, 0, null)));
        }

        UUID caseOf(UUID pupil, String state, String stage) {
            UUID id = UUID.randomUUID();
            jdbc.update("""
                    insert into pupil_case (id, pupil_id, school_id, state, stage, origin, reason, opened_by, closed_at)
                    select ?, id, school_id, ?, ?, 'BY_HAND', 'targeting test', 'test', ? from pupil where id = ?""",
                    id, state, stage, "CLOSED".equals(state) ? Timestamp.from(Instant.now()) : null, pupil);
            return id;
        }

        void plan(UUID caseId, String state) {
            jdbc.update("""
                    insert into support_plan (case_id, school_id, pupil_id, state, review_every)
                    select id, school_id, pupil_id, ?, 'P14D' from pupil_case where id = ?""", state, caseId);
        }

        void referral(UUID caseId, String agencyType, String status) {
            UUID agency = jdbc.queryForObject("select id from agency order by name limit 1", UUID.class);
            boolean sent = !"REQUESTED".equals(status);
            Instant requested = Instant.now().minusSeconds(3600).plusSeconds(REQUESTED_IN_ORDER.incrementAndGet());
            jdbc.update("""
                    insert into referral (id, case_id, pupil_id, school_id, agency_type, agency_id, origin, status,
                                          requested_at, sent_at)
                    select ?, id, pupil_id, school_id, ?, ?, 'BY_HAND', ?, ?, ? from pupil_case where id = ?""",
                    UUID.randomUUID(), agencyType, sent ? agency : null, status, Timestamp.from(requested),
                    sent ? Timestamp.from(requested) : null, caseId);
        }
    }
}
