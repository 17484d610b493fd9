package org.rejoin.support.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoin.TestData;
import org.rejoin.base.ui.UkDates;
import org.rejoin.casework.CaseService;
import org.rejoin.casework.CaseState;
import org.rejoin.casework.Chronology;
import org.rejoin.casework.ChronologyEntry;
import org.rejoin.casework.EntryKind;
import org.rejoin.pupil.AttendanceWeek;
import org.rejoin.pupil.PupilService;
import org.rejoin.pupil.SchoolInfo;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;
import org.rejoin.support.PlanState;
import org.rejoin.support.PlanStep;
import org.rejoin.support.StepState;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * Six weeks after a plan closed, on PostgreSQL with attendance of our own: held at 90% or more closes the
 * case; less, or nothing recorded, starts the reviews again on the last step.
 */
@org.rejoin.RejoinTest
class FollowUpCheckTests {

    @Autowired
    TestData data;
    @Autowired
    CaseService cases;
    @Autowired
    Chronology chronology;
    @Autowired
    PupilService pupils;
    @Autowired
    PlanStore plans;
    @Autowired
    StepStore steps;
    @Autowired
    TaskRecords tasks;
    @Autowired
    StepChanges changes;
    @Autowired
    FollowUpCheck followUp;

    UserAccount champion;
    UUID pupil;
    UUID caseId;
    LocalDate closedOn;

    @BeforeEach
    void aPlanClosedSixWeeksAgo() {
        SchoolInfo school = data.school();
        champion = data.staff(school, Role.ATTENDANCE_CHAMPION, "Attendance champion");
        pupil = data.pupil(school, "Followed");
        caseId = cases.openByHand(champion, pupil, "Fridays missed");
        Instant closedAt = Instant.now().minus(43, ChronoUnit.DAYS);
        PlanFixture.agreed(plans, tasks, caseId, school.id(), pupil, champion.username(), closedAt.minus(30, ChronoUnit.DAYS));
        changes.closed(caseId, "job:" + UUID.randomUUID(), closedAt);
        closedOn = closedAt.atZone(UkDates.ZONE).toLocalDate();
    }

    @Test
    void attendanceOfNinetyPercentOrMoreSinceThePlanClosedIsSustainedAndClosesTheCase() {
        attendance(9, 10);

        assertThat(followUp.check(caseId, "job:1-" + caseId, Instant.now())).isTrue();
        followUp.closeCase(caseId, "job:2-" + caseId);

        assertThat(plans.find(caseId).orElseThrow().state()).isEqualTo(PlanState.SUSTAINED);
        assertThat(cases.find(champion, caseId).orElseThrow().summary().state()).isEqualTo(CaseState.CLOSED);
        assertThat(titles()).contains("Attendance held after the plan: 90.0%");
    }

    @Test
    void attendanceBelowNinetyPercentIsARelapseThatReopensTheLastStep() {
        attendance(8, 10);

        assertThat(followUp.check(caseId, "job:1-" + caseId, Instant.now())).isFalse();

        PlanRow plan = plans.find(caseId).orElseThrow();
        assertThat(plan.state()).isEqualTo(PlanState.WORKING_ON_STEPS);
        assertThat(plan.closedAt()).isNull();
        assertThat(plan.currentStep()).isEqualTo(2);
        assertThat(plan.nextReviewDue()).isAfter(Instant.now().plus(13, ChronoUnit.DAYS));
        List<PlanStep> all = steps.steps(caseId);
        assertThat(all).extracting(PlanStep::state).containsExactly(StepState.ACHIEVED, StepState.ACHIEVED,
                StepState.ACHIEVED, StepState.CURRENT);
        assertThat(all.getLast().description()).isEqualTo("Full days");
        assertThat(all.getLast().again()).isTrue();
        assertThat(all.getLast().startedOn()).isEqualTo(LocalDate.now(UkDates.ZONE));
        assertThat(titles()).contains("Attendance fell after the plan: 80.0%");
        assertThat(cases.find(champion, caseId).orElseThrow().summary().state()).isEqualTo(CaseState.OPEN);
    }

    @Test
    void noAttendanceRecordedSinceIsNotSustainedAndTheChronologySaysWhy() {
        pupils.recordAttendance(List.of(new AttendanceWeek(pupil, closedOn.with(TemporalAdjusters.previous(
                DayOfWeek.MONDAY)), 10, 10, 0, 0, 0, null))); // full attendance, but before the plan closed

        assertThat(followUp.check(caseId, "job:1-" + caseId, Instant.now())).isFalse();

        assertThat(titles()).contains("No attendance recorded since the plan closed");
        assertThat(plans.find(caseId).orElseThrow().state()).isEqualTo(PlanState.WORKING_ON_STEPS);
    }

    @Test
    void aFollowUpJobDeliveredTwiceGivesTheSameAnswerAndReopensThePlanOnce() {
        attendance(5, 10);

        assertThat(followUp.check(caseId, "job:1-" + caseId, Instant.now())).isFalse();
        assertThat(followUp.check(caseId, "job:1-" + caseId, Instant.now())).isFalse();

        assertThat(steps.steps(caseId)).hasSize(4);
    }

    /** Six weeks from the first Monday on or after the day the plan closed, {@code present} of {@code possible} each. */
    private void attendance(int present, int possible) {
        LocalDate first = closedOn.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        List<AttendanceWeek> weeks = new ArrayList<>();
        for (int w = 0; w < 6 && !first.plusWeeks(w).isAfter(LocalDate.now()); w++) {
            weeks.add(new AttendanceWeek(pupil, first.plusWeeks(w), possible, present, 0, possible - present, 0, null));
        }
        pupils.recordAttendance(weeks);
    }

    private List<String> titles() {
        return chronology.entries(champion, caseId, Set.of(EntryKind.CASE), PageRequest.of(0, 50)).getContent().stream()
                .map(ChronologyEntry::title).toList();
    }
}
