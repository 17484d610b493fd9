package org.rejoin.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rejoin.endtoend.CaseWalk;
import org.rejoin.endtoend.WholeCase;
import org.rejoin.endtoend.WholeCase.Place;
import org.rejoin.referral.ReferralOrigin;
import org.rejoin.referral.ReferralService;
import org.rejoin.referral.ReferralStatus;
import org.rejoin.referral.ReferralSummary;
import org.rejoin.support.PlanState;
import org.rejoin.support.SupportPlan;
import org.rejoin.support.SupportPlanProcess.ReviewOutcomes;
import org.rejoin.support.SupportPlanService;

/**
 * The app on the real 8.6 broker takes a pupil from an attendance import through the eight steps into the
 * stepped support plan and a referral to Early Help, every human step through the inbox, to a closed plan.
 */
class WholeCaseOnRealBrokerTests extends BrokerTestSupport {

    @Test
    void aPupilGoesFromAnImportThroughTheJourneyAndAPlanWithAReferralToAClosedPlan() {
        WholeCase whole = new WholeCase(RejoinOnBroker.context());
        Place place = whole.place();
        UUID caseId = whole.caseFromImport(place);
        CaseWalk walk = new CaseWalk(whole, place, caseId);

        walk.journey();
        walk.agreePlan();
        walk.review(ReviewOutcomes.ACHIEVED);
        walk.review(ReviewOutcomes.STALLED_AGAIN);
        walk.earlyHelpReferral();
        ReferralSummary referral = await().atMost(WholeCase.WAIT).until(() -> RejoinOnBroker.bean(ReferralService.class)
                .referralsOfCase(place.champion(), caseId).getFirst(), r -> r.status() == ReferralStatus.COMPLETED);
        walk.review(ReviewOutcomes.ALL_ACHIEVED);

        SupportPlan plan = await().atMost(WholeCase.WAIT).until(() -> RejoinOnBroker.bean(SupportPlanService.class)
                .plan(place.champion(), caseId).orElse(null), p -> p != null && p.state() == PlanState.CLOSED_FOLLOWING_UP);
        assertThat(referral.origin()).isEqualTo(ReferralOrigin.PLAN);
        assertThat(plan.steps()).hasSize(2);
        assertThat(stepsTakenMoreThanOnce(caseId)).isEmpty();
    }

    @Test
    void aJourneyGoesOnWhenTheBrokerIsKilledHalfWayAndNoStepIsLostOrDoubled() {
        WholeCase whole = new WholeCase(RejoinOnBroker.context());
        Place place = whole.place();
        UUID caseId = whole.caseFromImport(place);
        CaseWalk walk = new CaseWalk(whole, place, caseId);
        walk.firstFiveSteps();

        broker().kill9();
        broker().restart();
        awaitAppReachesBroker();

        walk.lastThreeSteps();
        whole.awaitStep(place.champion(), caseId, org.rejoin.support.SupportPlanProcess.Elements.GATHER_VIEWS);
        assertThat(stepsTakenMoreThanOnce(caseId)).isEmpty();
    }

    private static java.util.List<String> stepsTakenMoreThanOnce(UUID caseId) {
        return jdbc().queryForList("select element_id from task where case_id = ? and element_id <> 'Task_Review' "
                + "group by process_instance_key, element_id having count(*) > 1", String.class, caseId);
    }
}
