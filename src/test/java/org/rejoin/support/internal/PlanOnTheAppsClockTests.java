package org.rejoin.support.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.rejoin.support.StepState.ACHIEVED;
import static org.rejoin.support.StepState.CURRENT;
import static org.rejoin.support.StepState.REPLACED;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoin.TestData;
import org.rejoin.base.ui.UkDates;
import org.rejoin.casework.CaseService;
import org.rejoin.pupil.SchoolInfo;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;
import org.rejoin.support.PlanStep;
import org.rejoin.support.SupportPlan;
import org.rejoin.support.SupportPlanService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The plan's dates come from the app's clock, not the wall clock or the database's (docs/decisions/0011): with the
 * clock four weeks behind, as in the demo's history, the plan starts, its steps are achieved and adapted, it closes
 * and its follow-up is set four weeks ago, and part-time proposals are dated then too.
 */
@org.rejoin.RejoinTest
class PlanOnTheAppsClockTests {

    static final Duration BEHIND = Duration.ofDays(-28);

    @Autowired
    TestData data;
    @Autowired
    CaseService cases;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaskRecords tasks;
    @Autowired
    StepChanges changes;
    @Autowired
    SupportPlanService service;

    final Clock behind = Clock.offset(Clock.system(UkDates.ZONE), BEHIND);
    final LocalDate fourWeeksAgo = LocalDate.now(behind);
    UserAccount champion;
    UUID caseId;

    @BeforeEach
    void aPlanAgreedWhileTheClockIsFourWeeksBehind() {
        SchoolInfo school = data.school();
        champion = data.staff(school, Role.ATTENDANCE_CHAMPION, "Attendance champion");
        UUID pupil = data.pupil(school, "Clocked");
        caseId = cases.openByHand(champion, pupil, "Mornings missed");
        PlanFixture.agreed(new PlanStore(jdbc, behind), tasks, caseId, school.id(), pupil, champion.username(),
                Instant.now(behind));
    }

    @Test
    void thePlanStartsAndItsChangesAreAppliedWhenTheAppsClockSays() {
        assertThat(instant("select started_at from support_plan where case_id = ?"))
                .isCloseTo(Instant.now().plus(BEHIND), within(1, ChronoUnit.HOURS));
        new PlanStore(jdbc, behind).firstTime(caseId, "test-change:" + caseId);
        assertThat(instant("select applied_at from plan_change where case_id = ? and source_key like 'test-change:%'"))
                .isCloseTo(Instant.now().plus(BEHIND), within(1, ChronoUnit.HOURS));
    }

    @Test
    void aStepAchievedFourWeeksAgoEndsAndTheNextStartsOnThatDay() {
        new StepAchievedWorker(changes, behind).record(PlanFixture.job(Map.of("caseId", caseId.toString(),
                "stepIndex", 0)));

        List<PlanStep> steps = service.plan(champion, caseId).orElseThrow().steps();
        assertThat(steps.get(0).state()).isEqualTo(ACHIEVED);
        assertThat(steps.get(0).endedOn()).isEqualTo(fourWeeksAgo);
        assertThat(steps.get(1).state()).isEqualTo(CURRENT);
        assertThat(steps.get(1).startedOn()).isEqualTo(fourWeeksAgo);
    }

    @Test
    void aStepAdaptedFourWeeksAgoIsReplacedOnThatDay() {
        new StepAdaptedWorker(changes, behind).record(PlanFixture.job(Map.of("caseId", caseId.toString(),
                "steps", PlanFixture.THREE_STEPS, "stepIndex", 0, "adaptation", "adapt",
                "newSteps", List.of(Map.of("description", "In for period 1 on Monday")),
                "adaptationReason", "Tuesdays are hard")));

        List<PlanStep> steps = service.plan(champion, caseId).orElseThrow().steps();
        assertThat(steps.get(0).state()).isEqualTo(REPLACED);
        assertThat(steps.get(0).endedOn()).isEqualTo(fourWeeksAgo);
        assertThat(steps.get(1).startedOn()).isEqualTo(fourWeeksAgo);
    }

    @Test
    void aPlanClosedFourWeeksAgoIsFollowedUpSixWeeksAfterThat() {
        new ClosePlanWorker(changes, behind).close(PlanFixture.job(Map.of("caseId", caseId.toString())));

        SupportPlan plan = service.plan(champion, caseId).orElseThrow();
        assertThat(plan.closedAt()).isCloseTo(Instant.now().plus(BEHIND), within(1, ChronoUnit.HOURS));
        assertThat(plan.followUpOn()).isEqualTo(fourWeeksAgo.plusDays(StepChanges.FOLLOW_UP_DAYS));
    }

    @Test
    void aPartTimeProposalAndItsWithdrawalAreDatedByTheAppsClock() {
        PartTimeStore partTimes = new PartTimeStore(jdbc, behind);

        partTimes.propose(UUID.randomUUID(), caseId, champion.username());
        assertThat(partTimes.withdraw(caseId, champion.username(), "Not needed after all")).isPresent();

        assertThat(instant("select proposed_at from part_time_timetable where case_id = ?"))
                .isCloseTo(Instant.now().plus(BEHIND), within(1, ChronoUnit.HOURS));
        assertThat(instant("select withdrawn_at from part_time_timetable where case_id = ?"))
                .isCloseTo(Instant.now().plus(BEHIND), within(1, ChronoUnit.HOURS));
    }

    private Instant instant(String sql) {
        return jdbc.queryForObject(sql, Timestamp.class, caseId).toInstant();
    }
}
