package org.rejoin.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoin.TestData;
import org.rejoin.casework.CaseNotFoundException;
import org.rejoin.casework.CaseService;
import org.rejoin.inbox.StepCompleted;
import org.rejoin.pupil.SchoolInfo;
import org.rejoin.security.AuditTrail;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;
import org.rejoin.support.internal.PlanStore;
import org.rejoin.support.internal.StepChanges;
import org.rejoin.support.internal.TaskRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** Who may read a plan and propose a part-time timetable, on PostgreSQL; the plan recorded without its process. */
@org.rejoin.RejoinTest
class SupportPlanServiceTests {

    @Autowired
    TestData data;
    @Autowired
    CaseService cases;
    @Autowired
    SupportPlanService service;
    @Autowired
    PlanStore plans;
    @Autowired
    TaskRecords tasks;
    @Autowired
    StepChanges changes;
    @Autowired
    AuditTrail audit;
    @Autowired
    org.rejoin.inbox.InboxService inbox;

    SchoolInfo school;
    UserAccount champion;
    UUID pupil;
    UUID caseId;

    @BeforeEach
    void aPlanWorkingOnItsSteps() {
        school = data.school();
        champion = data.staff(school, Role.ATTENDANCE_CHAMPION, "Attendance champion");
        pupil = data.pupil(school, "Scoped");
        caseId = cases.openByHand(champion, pupil, "Hardly in since October");
        plans.createIfNone(caseId, school.id(), pupil, champion.username(), champion.username(), Duration.ofDays(14));
        tasks.stepsAgreed(new StepCompleted(UUID.randomUUID(), caseId, SupportPlanProcess.PROCESS_ID,
                SupportPlanProcess.Elements.AGREE_GOALS_AND_STEPS, "2. Agree", champion.username(), Instant.now(),
                Map.of("overallGoal", "Back for mornings", "steps", List.of(Map.of("description", "Period 1")),
                        "parentContact", "MOTHER", "contactArrangements", "Weekly call")));
    }

    @Test
    void aUserOfAnotherSchoolCannotReadOrChangeThePlanAndTheAttemptIsAudited() {
        UserAccount other = data.staff(data.school(), Role.ATTENDANCE_CHAMPION, "Attendance champion");

        assertThat(service.plan(champion, caseId)).isPresent();
        assertThat(service.plan(other, caseId)).isEmpty();
        assertThatThrownBy(() -> service.reviews(other, caseId, PageRequest.of(0, 5)))
                .isInstanceOf(CaseNotFoundException.class);
        assertThatThrownBy(() -> service.proposePartTimeTimetable(other, caseId))
                .isInstanceOf(CaseNotFoundException.class);
        assertThat(audit.count("ACCESS_DENIED", "case", caseId)).isGreaterThanOrEqualTo(3);
    }

    @Test
    void staffOutsideTheTeamDoNotSeeThePlanAndStaffInItMayNotProposeAPartTimeTimetable() {
        UserAccount tutor = data.staff(school, Role.SCHOOL_STAFF, "Form tutor");
        assertThat(service.plan(tutor, caseId)).isEmpty();

        cases.recordTeam(caseId, champion.username(), champion.username(), List.of(tutor.username()));

        assertThat(service.plan(tutor, caseId)).isPresent();
        assertThatThrownBy(() -> service.proposePartTimeTimetable(tutor, caseId))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aSecondPartTimeTimetableWaitsUntilTheFirstIsSettledAndNoneIsProposedOnceThePlanHasClosed() {
        UserAccount leader = data.staff(school, Role.LEADER, "Deputy head");
        service.proposePartTimeTimetable(leader, caseId);

        assertThatThrownBy(() -> service.proposePartTimeTimetable(champion, caseId))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already");
        assertThat(service.plan(champion, caseId).orElseThrow().partTimeTimetables())
                .extracting(PartTimeTimetable::state, PartTimeTimetable::proposedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PartTimeState.PROPOSED, leader.username()));

        changes.closed(caseId, "job:" + UUID.randomUUID(), Instant.now());
        UUID otherCase = cases.openByHand(champion, data.pupil(school, "Unplanned"), "No plan yet");
        assertThatThrownBy(() -> service.proposePartTimeTimetable(champion, otherCase))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("only while the support plan runs");
    }

    @Test
    void aPlanIsStartedOnlyForTheCaseOfThatPupilAtThatSchool() {
        UUID someoneElse = data.pupil(school, "Else");
        UUID otherCase = cases.openByHand(champion, someoneElse, "Mondays");

        assertThatThrownBy(() -> service.start(otherCase, pupil, school.id(), champion.username(), champion.username(),
                Map.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a case of pupil");
        assertThatThrownBy(() -> service.start(otherCase, someoneElse, school.id(), champion.username(), " ",
                Map.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("key adult");
        assertThat(service.plan(champion, otherCase)).isEmpty();
    }

    @Test
    void aPlanThatHasMovedOnIsNotStartedASecondTime() {
        service.start(caseId, pupil, school.id(), champion.username(), champion.username(), Map.of());

        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> inbox.openStepsOfCase(
                champion, caseId).stream().noneMatch(t -> t.processId().equals(SupportPlanProcess.PROCESS_ID)));
        assertThat(service.plan(champion, caseId).orElseThrow().state()).isEqualTo(PlanState.WORKING_ON_STEPS);
    }

    @Test
    void aProposalThatNeverReachedAPlanCanBeWithdrawnSayingWhyByAChampionOrLeaderOfTheCase() {
        service.proposePartTimeTimetable(champion, caseId); // no plan process here: the message reaches nothing
        UserAccount tutor = data.staff(school, Role.SCHOOL_STAFF, "Form tutor");
        UserAccount other = data.staff(data.school(), Role.ATTENDANCE_CHAMPION, "Attendance champion");
        assertThatThrownBy(() -> service.withdrawPartTimeProposal(tutor, caseId, "Why"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.withdrawPartTimeProposal(other, caseId, "Why"))
                .isInstanceOf(CaseNotFoundException.class);
        assertThatThrownBy(() -> service.withdrawPartTimeProposal(champion, caseId, "  "))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Say why the proposal is being withdrawn");

        service.withdrawPartTimeProposal(champion, caseId, "Proposed by mistake");

        assertThat(service.plan(champion, caseId).orElseThrow().partTimeTimetables())
                .extracting(PartTimeTimetable::state, PartTimeTimetable::withdrawReason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PartTimeState.WITHDRAWN, "Proposed by mistake"));
        assertThat(audit.count("PART_TIME_WITHDRAWN", "case", caseId)).isOne();
        assertThatThrownBy(() -> service.withdrawPartTimeProposal(champion, caseId, "Again"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no part-time timetable waiting");
        service.proposePartTimeTimetable(champion, caseId);
        assertThat(service.plan(champion, caseId).orElseThrow().partTimeTimetables())
                .extracting(PartTimeTimetable::state).containsExactly(PartTimeState.PROPOSED, PartTimeState.WITHDRAWN);
    }
}
