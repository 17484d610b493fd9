package org.rejoin.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.rejoin.insight.OverviewRows.JOURNEY;
import static org.rejoin.insight.OverviewRows.PLAN;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoin.RejoinTest;
import org.rejoin.TestData;
import org.rejoin.casework.CaseFigures;
import org.rejoin.casework.CaseStage;
import org.rejoin.casework.CaseSummary;
import org.rejoin.inbox.InboxFigures;
import org.rejoin.inbox.InboxFigures.ElementCount;
import org.rejoin.inbox.InboxFigures.OverdueCount;
import org.rejoin.insight.CaseListFilter.Kind;
import org.rejoin.referral.AgencyType;
import org.rejoin.referral.ReferralFigures;
import org.rejoin.referral.ReferralStatus;
import org.rejoin.support.PlanFigures;
import org.rejoin.support.PlanState;
import org.rejoin.security.Oversight;
import org.rejoin.security.UserAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every overview figure and the cases behind it, on PostgreSQL, against a school counted by hand. */
@RejoinTest
class OverviewFiguresTests {

    @Autowired JdbcTemplate jdbc;
    @Autowired TestData data;
    @Autowired InboxFigures inbox;
    @Autowired CaseFigures cases;
    @Autowired PlanFigures plans;
    @Autowired ReferralFigures referrals;
    @Autowired OverviewCases lists;

    OverviewScenario s;

    @BeforeEach
    void aSchoolCountedByHand() {
        s = OverviewScenario.create(jdbc, data);
    }

    @Test
    void openStepsAreCountedByProcessAndElement() {
        assertThat(inbox.openTasksByElement(Oversight.of(s.leader())))
                .extracting(ElementCount::processId, ElementCount::elementId, ElementCount::elementName,
                        ElementCount::openTasks)
                .containsExactly(tuple(JOURNEY, "Task_ColleagueInformation", "Step Task_ColleagueInformation", 2),
                        tuple(JOURNEY, "Task_GatherEvidence", "Step Task_GatherEvidence", 2),
                        tuple(PLAN, "Task_Review", "Step Task_Review", 2));
        assertThat(ids(filter(Kind.ELEMENT, "process", JOURNEY, "element", "Task_GatherEvidence")))
                .containsExactly(s.c2(), s.c1());
    }

    @Test
    void overdueStepsAreCountedByPersonMostFirstWithTheUnclaimedAsARow() {
        assertThat(inbox.overdueByAssignee(Oversight.of(s.leader())))
                .extracting(OverdueCount::assignee, OverdueCount::displayName, OverdueCount::overdueTasks)
                .containsExactly(tuple(s.champion().username(), s.champion().displayName(), 3), tuple(null, null, 1));
        assertThat(ids(filter(Kind.OVERDUE, "assignee", s.champion().username()))).containsExactly(s.c2(), s.c1(), s.c4());
        assertThat(ids(filter(Kind.OVERDUE))).containsExactly(s.c2());
        assertThat(ids(filter(Kind.OVERDUE, "assignee", s.staff().username()))).isEmpty();
    }

    @Test
    void openCasesAreCountedByStageAndPlansByState() {
        assertThat(cases.openByStage(Oversight.of(s.leader()))).isEqualTo(
                Map.of(CaseStage.UNDERSTANDING, 2L, CaseStage.SUPPORT_PLAN, 3L));
        assertThat(plans.plansByState(Oversight.of(s.leader()))).isEqualTo(Map.of(PlanState.GATHERING_VIEWS, 1L,
                PlanState.AGREEING_STEPS, 0L, PlanState.WORKING_ON_STEPS, 2L, PlanState.CLOSED_FOLLOWING_UP, 0L));
        assertThat(ids(filter(Kind.STAGE, "stage", "SUPPORT_PLAN"))).containsExactly(s.c3(), s.c4(), s.c5());
        assertThat(ids(filter(Kind.PLAN_STATE, "state", "WORKING_ON_STEPS"))).containsExactlyInAnyOrder(s.c3(), s.c4());
    }

    @Test
    void reviewsDueThisWeekAndPartTimeTimetablesRunningAndEnding() {
        assertThat(plans.count(Oversight.of(s.leader()), PlanFigures.Kind.REVIEWS_DUE_THIS_WEEK)).isEqualTo(1);
        assertThat(plans.count(Oversight.of(s.leader()), PlanFigures.Kind.PART_TIME_RUNNING)).isEqualTo(2);
        assertThat(plans.count(Oversight.of(s.leader()), PlanFigures.Kind.PART_TIME_ENDING_SOON)).isEqualTo(1);
        assertThat(ids(filter(Kind.REVIEWS_DUE))).containsExactly(s.c3());
        assertThat(ids(filter(Kind.PART_TIME_RUNNING))).containsExactly(s.c3(), s.c4());
        assertThat(ids(filter(Kind.PART_TIME_ENDING))).containsExactly(s.c3());
    }

    @Test
    void referralsAreCountedByAgencyAndStatusWithThosePastTheirAnswerByDate() {
        assertThat(referrals.byAgencyAndStatus(Oversight.of(s.leader()))).containsExactly(
                new ReferralFigures.ReferralCount(AgencyType.EARLY_HELP, ReferralStatus.REQUESTED, 1, 0),
                new ReferralFigures.ReferralCount(AgencyType.EARLY_HELP, ReferralStatus.SENT, 2, 1),
                new ReferralFigures.ReferralCount(AgencyType.EARLY_HELP, ReferralStatus.ACCEPTED, 1, 0),
                new ReferralFigures.ReferralCount(AgencyType.MENTAL_HEALTH_SUPPORT, ReferralStatus.SENT, 1, 1));
        assertThat(ids(filter(Kind.REFERRAL, "agency", "EARLY_HELP", "status", "SENT", "late", "true")))
                .containsExactly(s.c1());
        assertThat(ids(filter(Kind.REFERRAL, "agency", "EARLY_HELP", "status", "SENT")))
                .containsExactlyInAnyOrder(s.c1(), s.c2());
    }

    @Test
    void aDrillDownListIsPagedAndShowsThePupilAndStage() {
        var first = lists.list(s.leader(), filter(Kind.STAGE, "stage", "SUPPORT_PLAN"), PageRequest.of(0, 2));
        var second = lists.list(s.leader(), filter(Kind.STAGE, "stage", "SUPPORT_PLAN"), PageRequest.of(1, 2));
        assertThat(first.getTotalElements()).isEqualTo(3);
        assertThat(first.getContent()).extracting(CaseSummary::pupilName, CaseSummary::stage)
                .containsExactly(tuple("Pupil Cole", CaseStage.SUPPORT_PLAN), tuple("Pupil Dale", CaseStage.SUPPORT_PLAN));
        assertThat(second.getContent()).extracting(CaseSummary::id).containsExactly(s.c5());
    }

    @Test
    void aLeaderOfAnotherSchoolSeesNoneOfTheseFiguresOrCases() {
        OverviewScenario other = OverviewScenario.create(jdbc, data);
        UserAccount leaderB = other.leader();
        assertThat(ids(leaderB, filter(Kind.ELEMENT, "process", JOURNEY, "element", "Task_GatherEvidence")))
                .containsExactly(other.c2(), other.c1());
        assertThat(ids(leaderB, filter(Kind.STAGE, "stage", "UNDERSTANDING"))).doesNotContain(s.c1(), s.c2());
        assertThat(cases.summaries(Oversight.of(leaderB), List.of(s.c1(), other.c1()))).extracting(CaseSummary::id)
                .containsExactly(other.c1());
        // and school A's figures are still school A's alone
        assertThat(cases.openByStage(Oversight.of(s.leader()))).containsEntry(CaseStage.UNDERSTANDING, 2L);
        assertThat(inbox.overdueByAssignee(Oversight.of(s.leader()))).hasSize(2);
    }

    @Test
    void aChampionStaffPartnerOrAdministratorGetsNothing() {
        UUID agency = jdbc.queryForObject("select id from agency order by name limit 1", UUID.class);
        for (UserAccount user : List.of(s.champion(), s.staff(), data.partner(agency), data.admin())) {
            assertThat(inbox.openTasksByElement(Oversight.of(user))).isEmpty();
            assertThat(inbox.overdueByAssignee(Oversight.of(user))).isEmpty();
            assertThat(cases.openByStage(Oversight.of(user))).isEmpty();
            assertThat(cases.summaries(Oversight.of(user), List.of(s.c1()))).isEmpty();
            assertThat(plans.plansByState(Oversight.of(user))).isEmpty();
            assertThat(plans.count(Oversight.of(user), PlanFigures.Kind.PART_TIME_RUNNING)).isZero();
            assertThat(referrals.byAgencyAndStatus(Oversight.of(user))).isEmpty();
            for (var f : List.of(filter(Kind.STAGE, "stage", "UNDERSTANDING"), filter(Kind.OVERDUE),
                    filter(Kind.REVIEWS_DUE), filter(Kind.REFERRAL, "agency", "EARLY_HELP", "status", "SENT"))) {
                assertThat(ids(user, f)).isEmpty();
            }
        }
    }

    private static CaseListFilter filter(Kind kind, String... namesAndValues) {
        return CaseListFilter.of(kind, namesAndValues);
    }

    private List<UUID> ids(CaseListFilter filter) {
        return ids(s.leader(), filter);
    }

    private List<UUID> ids(UserAccount user, CaseListFilter filter) {
        return lists.list(user, filter, PageRequest.of(0, 50)).map(CaseSummary::id).getContent();
    }
}
