package org.rejoin.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rejoin.journey.JourneyProcess.Elements.*;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoin.engine.OwnEngineProcessTest;
import org.rejoin.journey.JourneyProcess.JobTypes;

/** What happens beside the steps: safeguarding concerns at any time, and the journey's time limit. */
@OwnEngineProcessTest
class JourneyProcessSafeguardingAndTimeLimitTests {

    private static final Duration A_MINUTE = Duration.ofMinutes(1);
    private static final List<String> DSLS = List.of("dsl@school.example", "deputy.dsl@school.example");

    ZeebeTestEngine engine;
    ZeebeClient client;
    JourneyDriver journey;
    JourneySteps steps;

    @BeforeEach
    void deploy() throws IOException {
        journey = new JourneyDriver(engine, client).deploy();
        steps = new JourneySteps(journey);
    }

    @Test
    void eachSafeguardingConcernGoesToTheDslsWhileTheJourneyCarriesOn() {
        steps.raiseConcern();
        steps.confirmConcern();
        steps.gatherEvidenceAndAssembleTeam(List.of(JourneyDriver.TUTOR));

        raiseSafeguardingConcern("Bruise on the arm, pupil would not say how");
        raiseSafeguardingConcern("Said there is no food at home");

        List<org.rejoin.engine.ProcessDriver.Step> responses = journey.steps(RESPOND_TO_SAFEGUARDING);
        assertThat(responses).hasSize(2).allSatisfy(step -> {
            assertThat(step.candidateUsers()).contains("dsl@school.example", "deputy.dsl@school.example");
            assertThat(Instant.parse(step.dueDate().replaceFirst("\\[.*]$", "")))
                    .isBetween(journey.now().plus(Duration.ofHours(3)), journey.now().plus(Duration.ofHours(5)));
        });
        journey.assertThatJourney().isWaitingAtElements(GATHER_PUPIL_INFORMATION, COLLEAGUE_INFORMATION);

        journey.complete(responses.getFirst(), "safeguarding-response", Map.of(
                "safeguardingAction", "CHILDRENS_SOCIAL_CARE", "safeguardingNotes", "Referred by phone at 10:05"));
        assertThat(journey.steps(RESPOND_TO_SAFEGUARDING)).hasSize(1);
        journey.assertThatJourney().isWaitingAtElements(GATHER_PUPIL_INFORMATION, COLLEAGUE_INFORMATION)
                .hasPassedElement(RESPOND_TO_SAFEGUARDING, 1).hasNoIncidents();
    }

    @Test
    void aJourneyPastItsTimeLimitGoesToALeaderAndCarriesOn() {
        steps.raiseConcern();
        steps.confirmConcern();
        Instant deadline = journey.instant("journeyDeadline");

        journey.travelTo(deadline.minus(A_MINUTE));
        assertThat(journey.hasJob(JobTypes.RECORD_TIME_LIMIT)).as("a minute before the time limit").isFalse();
        journey.travel(A_MINUTE.multipliedBy(2));
        journey.work(JobTypes.RECORD_TIME_LIMIT);

        assertThat(journey.step(JOURNEY_OVERDUE).candidateGroups()).contains("LEADER");
        journey.assertThatJourney().isWaitingAtElements(JOURNEY_OVERDUE, GATHER_EVIDENCE);
        journey.complete(JOURNEY_OVERDUE, "journey-overdue", Map.of("overdueReason", "Champion off sick",
                "overdueDecision", "MORE_HELP", "overdueNotes", "Head of year will help"));
        journey.assertThatJourney().isWaitingAtElements(GATHER_EVIDENCE).hasNoIncidents();
    }

    @Test
    void aJourneyThatReachesItsPlanInTimeNeverGoesToALeader() {
        steps.toParentInvitation(List.of());
        steps.inviteParents();
        journey.complete(PARENT_RESPONSE, "parent-response", steps.parentsAgree());
        steps.meetParents();
        steps.hearFromPupil();
        steps.createPlan();

        journey.travelTo(journey.instant("journeyDeadline").plus(Duration.ofDays(1)));
        assertThat(journey.hasJob(JobTypes.RECORD_TIME_LIMIT)).isFalse();
        journey.assertThatJourney().isCompleted().hasNotPassedElement(JOURNEY_TIME_LIMIT_TIMER)
                .hasNotPassedElement(JOURNEY_OVERDUE);
    }

    private void raiseSafeguardingConcern(String concern) {
        journey.publish(JourneyProcess.MESSAGE_SAFEGUARDING_CONCERN, Map.of("safeguardingConcern", concern,
                "safeguardingLeads", DSLS));
    }
}
