package org.rejoin.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.rejoin.endtoend.CaseWalk;
import org.rejoin.endtoend.WholeCase;
import org.rejoin.endtoend.WholeCase.Place;
import org.rejoin.support.SupportPlanProcess;

/**
 * A whole case in the external run while the engine becomes unreachable half way: the app, its
 * PostgreSQL and the Zeebe engine as separate parts over gRPC, the connection cut by {@link EngineProxy}.
 * (The happy path of the whole way is {@code WholeCaseInTheAppTests}; this is the fault.)
 */
@Tag("own-engine")
class WholeCaseWithTheEngineAwayTests extends FaultTestSupport {

    static final Duration AWAY = Duration.ofSeconds(10);

    @Test
    void aJourneyGoesOnWhenTheEngineIsUnreachableHalfWayAndNoStepIsLostOrDoubled() {
        WholeCase whole = new WholeCase(RejoinOnItsOwnEngine.context());
        Place place = whole.place();
        UUID caseId = whole.caseFromImport(place);
        CaseWalk walk = new CaseWalk(whole, place, caseId);
        walk.firstFiveSteps();

        proxy().cut();
        // long enough for the workers' polls and the inbox's commands to fail and back off
        await().pollDelay(AWAY).atMost(AWAY.plusSeconds(5)).until(() -> true);
        proxy().restore();
        awaitAppReachesEngine();

        walk.lastThreeSteps();
        whole.awaitStep(place.champion(), caseId, SupportPlanProcess.Elements.GATHER_VIEWS);
        assertThat(stepsTakenMoreThanOnce(caseId)).isEmpty();
    }

    private static java.util.List<String> stepsTakenMoreThanOnce(UUID caseId) {
        return jdbc().queryForList("select element_id from task where case_id = ? and element_id <> 'Task_Review' "
                + "group by process_instance_key, element_id having count(*) > 1", String.class, caseId);
    }
}
