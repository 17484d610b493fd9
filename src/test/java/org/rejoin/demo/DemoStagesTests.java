package org.rejoin.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rejoin.RejoinTest;
import org.rejoin.TestData;
import org.rejoin.casework.CaseService;
import org.rejoin.engine.EngineClock;
import org.rejoin.inbox.InboxService;
import org.rejoin.inbox.InboxTask;
import org.rejoin.pupil.SchoolInfo;
import org.rejoin.referral.AgencyService;
import org.rejoin.referral.AgencyType;
import org.rejoin.referral.ReferralService;
import org.rejoin.referral.ReferralStatus;
import org.rejoin.referral.ReferralSummary;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;
import org.rejoin.support.PartTimeState;
import org.rejoin.support.PartTimeTimetable;
import org.rejoin.support.PlanReview;
import org.rejoin.support.PlanState;
import org.rejoin.support.PlanStep;
import org.rejoin.support.StepState;
import org.rejoin.support.SupportPlanProcess;
import org.rejoin.support.SupportPlanService;
import org.rejoin.journey.JourneyProcess;
import org.rejoin.ladder.LadderRung;
import org.rejoin.ladder.LadderService;
import org.rejoin.targeting.TargetingMeetings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * The demo's stages, made by the real processes: a school of its own (in a local authority of its own, with one
 * partner per agency) has its cases taken to every stage exactly as the demo seeder does for the demo schools.
 */
@RejoinTest
class DemoStagesTests {

    @Autowired DemoStages stages;
    @Autowired TestData data;
    @Autowired CaseService cases;
    @Autowired InboxService inbox;
    @Autowired ReferralService referrals;
    @Autowired SupportPlanService plans;
    @Autowired AgencyService agencies;
    @Autowired TargetingMeetings meetings;
    @Autowired DemoHistory history;
    @Autowired Clock clock;
    @Autowired LadderService ladders;
    @Autowired EngineClock engineClock;

    @Test
    void casesReachEveryJourneyStepThePlanReferralsInEveryStateAndASafeguardingConcern() {
        DemoSchoolPeople people = school();
        List<UUID> open = new ArrayList<>();
        for (int i = 0; i < DemoStages.CASES_NEEDED; i++) {
            UUID pupil = data.pupil(schools.get(people.schoolId()), "Staged" + i);
            open.add(cases.openByHand(people.champion(), pupil, "Mondays missed since half term"));
        }

        long began = System.nanoTime();
        DemoStages.Staged staged = stages.stage(people, open, false);
        System.out.printf("DemoStagesTests: %d cases taken to their stages in %d ms%n", DemoStages.CASES_NEEDED,
                (System.nanoTime() - began) / 1_000_000);

        var journey = DemoJourneySteps.journey(people, LocalDate.now(clock));
        for (int i = 0; i < DemoStages.JOURNEY_STOPS; i++) {
            var next = journey.get(i + 1);
            assertThat(inbox.openStepsOfCase(next.who().apply(people), staged.journeyCases().get(i)))
                    .as("the case that stopped after %d steps waits at %s", i + 1, next.elementId())
                    .extracting(InboxTask::elementId).contains(next.elementId());
        }
        assertThat(staged.planCases()).extracting(c -> plans.plan(people.champion(), c).orElseThrow().state())
                .containsExactly(PlanState.GATHERING_VIEWS, PlanState.WORKING_ON_STEPS, PlanState.WORKING_ON_STEPS,
                        PlanState.WORKING_ON_STEPS);
        assertThat(staged.planCases()).flatExtracting(c -> plans.plan(people.champion(), c).orElseThrow()
                        .partTimeTimetables()).extracting(PartTimeTimetable::state)
                .containsExactlyInAnyOrder(PartTimeState.AWAITING_SIGN_OFF, PartTimeState.APPROVED);

        assertThat(staged.referrals().values()).containsExactlyInAnyOrder(DemoReferralState.values()[0],
                DemoReferralState.values()[1], DemoReferralState.values()[2], DemoReferralState.values()[3],
                DemoReferralState.values()[4], DemoReferralState.values()[0]);
        Map<DemoReferralState, ReferralStatus> expected = Map.of(
                DemoReferralState.AWAITING_APPROVAL, ReferralStatus.REQUESTED,
                DemoReferralState.WAITING_FOR_AGENCY, ReferralStatus.SENT,
                DemoReferralState.BEING_ASSESSED, ReferralStatus.ACCEPTED,
                DemoReferralState.DECLINED, ReferralStatus.DECLINED,
                DemoReferralState.WITHDRAWN, ReferralStatus.WITHDRAWN);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> staged.referrals().forEach((id, state) ->
                assertThat(referrals.referral(people.champion(), id).orElseThrow().summary().status())
                        .as("a referral %s", state).isEqualTo(expected.get(state))));
        for (AgencyType type : AgencyType.values()) {
            boolean sent = staged.referrals().entrySet().stream().anyMatch(r -> r.getValue().sent()
                    && referrals.referral(people.champion(), r.getKey()).orElseThrow().summary().agencyType() == type);
            assertThat(referrals.referralsToMyAgency(people.partners().get(type), null, PageRequest.of(0, 10))
                    .getContent()).as("%s's partner sees its referral once it is sent", type)
                    .extracting(ReferralSummary::agencyType).containsExactlyElementsOf(sent ? List.of(type) : List.of());
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(inbox.openStepsOfCase(people.leader(), staged.safeguardingCase()))
                        .as("no safeguarding lead here: a leader responds").extracting(InboxTask::elementId)
                        .contains(JourneyProcess.Elements.RESPOND_TO_SAFEGUARDING));
        assertThat(meetings.meetings(people.leader(), people.schoolId(), PageRequest.of(0, 5)).getContent())
                .singleElement().satisfies(m -> assertThat(m.agreed()).hasSize(3));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(ladders.position(people.champion(), staged.contractCase()).orElseThrow().rung())
                        .as("the parents agreed an attendance contract").isEqualTo(LadderRung.CONTRACT));
    }

    @Test
    void plansGetAHistoryOfReviewsWhoseTimersFiredWithAchievedCurrentAndStalledStepsAndTheEngineClockBackAtToday() {
        DemoSchoolPeople people = school();
        UUID achieved = cases.openByHand(people.champion(), data.pupil(schools.get(people.schoolId()), "Achieving"),
                "Mondays missed since half term");
        UUID stalled = cases.openByHand(people.champion(), data.pupil(schools.get(people.schoolId()), "Stalling"),
                "Mondays missed since half term");

        long began = System.nanoTime();
        history.make(List.of(new DemoHistory.Cases(people, achieved, stalled)));
        System.out.printf("DemoStagesTests: 2 plans given a history in %d ms%n", (System.nanoTime() - began) / 1_000_000);

        assertThat(engineClock.offset()).as("the test engine's clock stays at today: the reviews came in real time")
                .isZero();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(plans.plan(people.champion(), achieved).orElseThrow().steps())
                    .extracting(PlanStep::state).containsExactly(StepState.ACHIEVED, StepState.ACHIEVED, StepState.CURRENT);
            assertThat(plans.plan(people.champion(), stalled).orElseThrow().steps()).extracting(PlanStep::state)
                    .containsExactly(StepState.ACHIEVED, StepState.REPLACED, StepState.CURRENT, StepState.PLANNED,
                            StepState.PLANNED);
        });
        assertThat(plans.reviews(people.champion(), achieved, PageRequest.of(0, 10)).getContent())
                .extracting(PlanReview::outcome).containsExactlyInAnyOrder("achieved", "achieved");
        assertThat(plans.reviews(people.champion(), stalled, PageRequest.of(0, 10)).getContent())
                .extracting(PlanReview::outcome).containsExactlyInAnyOrder("achieved", "stalled");
        for (UUID plan : List.of(achieved, stalled)) {
            assertThat(referrals.referralsOfCase(people.champion(), plan))
                    .as("the family would not come in twice: the journey referred them to the attendance officer")
                    .extracting(ReferralSummary::agencyType).containsExactly(AgencyType.ATTENDANCE_IMPROVEMENT);
        }
        assertThat(referrals.referralsOfCase(people.champion(), achieved)).extracting(ReferralSummary::status)
                .as("waiting for the champion to describe it").containsExactly(ReferralStatus.REQUESTED);
        // sent at once: in the demo run its answer-by date passes as the clock comes forward, and it is escalated
        assertThat(referrals.referralsOfCase(people.champion(), stalled)).extracting(ReferralSummary::status)
                .as("described, approved and sent").containsExactly(ReferralStatus.SENT);
        // reviews fall due every 2 s in the shared test context, so the next review may be waiting; none is overdue
        for (UUID plan : List.of(achieved, stalled)) {
            assertThat(inbox.openStepsOfCase(people.leader(), plan)).extracting(InboxTask::elementId)
                    .doesNotContain(SupportPlanProcess.Elements.REVIEW_OVERDUE);
        }
    }

    private final Map<UUID, SchoolInfo> schools = new java.util.HashMap<>();

    private DemoSchoolPeople school() {
        String authority = TestData.newLocalAuthority();
        SchoolInfo school = data.school(authority);
        schools.put(school.id(), school);
        Map<AgencyType, UserAccount> partners = new EnumMap<>(AgencyType.class);
        for (AgencyType type : AgencyType.values()) {
            partners.put(type, data.partner(agencies.create(authority + " " + type.label(), type, authority).id()));
        }
        return new DemoSchoolPeople(school.id(), data.staff(school, Role.ATTENDANCE_CHAMPION, "Attendance champion"),
                data.staff(school, Role.LEADER, "Deputy headteacher"), data.staff(school, Role.SCHOOL_STAFF, "Pastoral lead"),
                data.staff(school, Role.SCHOOL_STAFF, "Form tutor"), partners);
    }
}
