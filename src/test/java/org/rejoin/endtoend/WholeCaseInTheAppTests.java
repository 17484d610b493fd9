package org.rejoin.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rejoin.casework.CaseService;
import org.rejoin.casework.CaseStage;
import org.rejoin.casework.Chronology;
import org.rejoin.casework.ChronologyEntry;
import org.rejoin.casework.EntryKind;
import org.rejoin.endtoend.WholeCase.Place;
import org.rejoin.inbox.InboxService;
import org.rejoin.inbox.InboxTask;
import org.rejoin.referral.ReferralOrigin;
import org.rejoin.referral.ReferralService;
import org.rejoin.referral.ReferralStatus;
import org.rejoin.referral.ReferralSummary;
import org.rejoin.support.PlanState;
import org.rejoin.support.SupportPlan;
import org.rejoin.support.SupportPlanProcess;
import org.rejoin.support.SupportPlanProcess.ReviewOutcomes;
import org.rejoin.support.SupportPlanService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One pupil the whole way in the running app: an import opens the case, the eight steps lead into the
 * stepped support plan, a step that stalls twice brings in Early Help, whose outcome flows back into the
 * plan, and the plan closes for its follow-up. Reviews fall due seconds apart here (rejoin.plan.review-every
 * in {@code @RejoinTest}), since the app's engine is never time-travelled.
 */
@org.rejoin.RejoinTest
class WholeCaseInTheAppTests {

    @Autowired
    ApplicationContext app;
    @Autowired
    CaseService cases;
    @Autowired
    SupportPlanService plans;
    @Autowired
    ReferralService referrals;
    @Autowired
    Chronology chronology;
    @Autowired
    InboxService inbox;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPupilGoesFromAnImportThroughTheJourneyAndAPlanWithAReferralToAClosedPlan() {
        WholeCase whole = new WholeCase(app);
        Place place = whole.place();
        UUID caseId = whole.caseFromImport(place);
        CaseWalk walk = new CaseWalk(whole, place, caseId);

        walk.journey();
        awaitPlan(place, caseId, PlanState.GATHERING_VIEWS);
        await().atMost(WholeCase.WAIT).until(() -> cases.find(place.champion(), caseId).orElseThrow().summary()
                .stage() == CaseStage.SUPPORT_PLAN);

        walk.agreePlan();
        walk.review(ReviewOutcomes.ACHIEVED);
        walk.review(ReviewOutcomes.STALLED_AGAIN);
        walk.earlyHelpReferral();
        ReferralSummary referral = await().atMost(WholeCase.WAIT).until(() -> referrals.referralsOfCase(
                place.champion(), caseId).getFirst(), r -> r.status() == ReferralStatus.COMPLETED);
        assertThat(referral.origin()).isEqualTo(ReferralOrigin.PLAN);
        assertThat(referral.agencyId()).isEqualTo(place.earlyHelp().id());
        await().atMost(WholeCase.WAIT).until(() -> titles(place, caseId).contains("Referral to Early Help completed"));

        walk.review(ReviewOutcomes.ALL_ACHIEVED);
        SupportPlan closed = awaitPlan(place, caseId, PlanState.CLOSED_FOLLOWING_UP);
        assertThat(closed.followUpOn()).isNotNull();
        assertThat(stepsTakenMoreThanOnce(caseId)).isEmpty();
        assertThat(stepsTaken(caseId, SupportPlanProcess.Elements.REVIEW)).isEqualTo(3);
    }

    @Test
    void aSafeguardingConcernDuringThePlanReachesTheSchoolsSafeguardingLeadsOnce() {
        WholeCase whole = new WholeCase(app);
        Place place = whole.place();
        UUID caseId = whole.caseFromImport(place);
        new CaseWalk(whole, place, caseId).journey();
        whole.awaitStep(place.champion(), caseId, SupportPlanProcess.Elements.GATHER_VIEWS);

        chronology.raiseSafeguardingConcern(place.champion(), caseId, "Said there is no food at home");

        // no designated safeguarding lead at this school: its leaders take it
        InboxTask urgent = whole.awaitStep(place.leader(), caseId, SupportPlanProcess.Elements.RESPOND_TO_SAFEGUARDING);
        assertThat(urgent.processId()).isEqualTo(SupportPlanProcess.PROCESS_ID);
        assertThat(urgent.priority()).isEqualTo(100);
        await().during(java.time.Duration.ofSeconds(3)).atMost(WholeCase.WAIT).until(() ->
                stepsTaken(caseId, SupportPlanProcess.Elements.RESPOND_TO_SAFEGUARDING) == 1);
        inbox.complete(place.leader(), urgent.id(), Map.of("safeguardingAction", "EARLY_HELP",
                "safeguardingNotes", "Spoke to mum; food bank referral made"));
        // the response is a safeguarding entry, which the champion who raised it sees and the key adult does not
        await().atMost(WholeCase.WAIT).until(() -> chronology.entries(place.leader(), caseId,
                Set.of(EntryKind.SAFEGUARDING), PageRequest.of(0, 20)).getTotalElements() == 2);
        assertThat(chronology.entries(place.keyAdult(), caseId, Set.of(), PageRequest.of(0, 200)).getContent())
                .extracting(ChronologyEntry::kind).doesNotContain(EntryKind.SAFEGUARDING)
                .extracting(Object::toString).isNotEmpty();
    }

    private SupportPlan awaitPlan(Place place, UUID caseId, PlanState state) {
        return await().atMost(WholeCase.WAIT).until(() -> plans.plan(place.champion(), caseId).orElse(null),
                plan -> plan != null && plan.state() == state);
    }

    private List<String> titles(Place place, UUID caseId) {
        return chronology.entries(place.champion(), caseId, Set.of(EntryKind.CASE), PageRequest.of(0, 100))
                .getContent().stream().map(ChronologyEntry::title).toList();
    }

    private List<String> stepsTakenMoreThanOnce(UUID caseId) {
        return jdbc.queryForList("select element_id from task where case_id = ? and element_id <> ? "
                + "group by process_instance_key, element_id having count(*) > 1", String.class, caseId,
                SupportPlanProcess.Elements.REVIEW);
    }

    private int stepsTaken(UUID caseId, String elementId) {
        Integer count = jdbc.queryForObject("select count(*) from task where case_id = ? and element_id = ?",
                Integer.class, caseId, elementId);
        return count == null ? 0 : count;
    }
}
