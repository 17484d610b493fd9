package org.rejoin.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rejoin.journey.JourneyDriver.HEAD_OF_YEAR;
import static org.rejoin.journey.JourneyDriver.LEAD;
import static org.rejoin.journey.JourneyDriver.TUTOR;
import static org.rejoin.journey.JourneyProcess.Elements.*;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoin.engine.OwnEngineProcessTest;
import org.rejoin.journey.JourneyProcess.JobTypes;

/** The journey's main paths on the in-memory engine: all eight steps, no concern, no colleagues, one journey per case. */
@OwnEngineProcessTest
class JourneyProcessTests {

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
    void aConfirmedConcernGoesThroughAllEightStepsToAPlan() {
        steps.raiseConcern();
        assertThat(journey.variables()).containsKeys("journeyDeadline", "championOptions", "staffOptions");
        assertThat(journey.step(ACT_ON_DROP).candidateGroups()).contains("ATTENDANCE_CHAMPION");
        assertThat(journey.step(ACT_ON_DROP).headers()).containsEntry("dueInSchoolDays", "2");
        steps.confirmConcern();
        steps.gatherEvidenceAndAssembleTeam(List.of(TUTOR, HEAD_OF_YEAR));

        journey.assertThatJourney().isWaitingAtElements(GATHER_PUPIL_INFORMATION, COLLEAGUE_INFORMATION);
        assertThat(journey.steps(COLLEAGUE_INFORMATION)).extracting(org.rejoin.engine.ProcessDriver.Step::assignee)
                .containsExactlyInAnyOrder(TUTOR, HEAD_OF_YEAR);
        assertThat(journey.step(COLLEAGUE_INFORMATION, TUTOR).dueDate()).isNotBlank();
        steps.colleagueAnswers(TUTOR);
        steps.colleagueAnswers(HEAD_OF_YEAR);
        steps.gatherPupilInformation();
        assertThat((List<?>) journey.variables().get("colleagueAnswers")).hasSize(2)
                .allSatisfy(answer -> assertThat(((Map<?, ?>) answer).get("noticed")).isEqualTo("Quiet and tired"));

        steps.inviteParents();
        journey.complete(PARENT_RESPONSE, "parent-response", steps.parentsAgree());
        steps.meetParents();
        steps.hearFromPupil();
        steps.createPlan();

        journey.assertThatJourney().isCompleted().hasNoIncidents()
                .hasPassedElementsInOrder(ACT_ON_DROP, GATHER_EVIDENCE, ASSEMBLE_TEAM, INVITE_PARENTS, PARENT_MEETING,
                        HEAR_FROM_PUPIL, CREATE_PLAN, PLAN_AGREED, END_PLAN_CREATED)
                .hasNotPassedElement(SECOND_INVITATION).hasNotPassedElement(JOURNEY_TIME_LIMIT_TIMER)
                .hasVariableWithValue("barriers", List.of("ANXIETY", "SENSORY"));
    }

    @Test
    void anUnconfirmedConcernIsClosedWithoutAJourney() {
        steps.raiseConcern();
        journey.complete(ACT_ON_DROP, "confirm-concern", Map.of("concernConfirmed", "no",
                "patternNotes", "Two days of flu, with a note", "closeReason", "Illness, now recovered"));
        journey.work(JobTypes.CLOSE_UNCONFIRMED);

        journey.assertThatJourney().isCompleted().hasNoIncidents().hasPassedElement(END_NOT_CONFIRMED)
                .hasNotPassedElement(UNDERSTAND_BARRIERS);
    }

    @Test
    void withNoColleaguesChosenStepFiveJustPasses() {
        steps.raiseConcern();
        steps.confirmConcern();
        steps.gatherEvidenceAndAssembleTeam(List.of());

        journey.assertThatJourney().isWaitingAtElements(GATHER_PUPIL_INFORMATION).isNotWaitingAtElements(ASK_COLLEAGUES)
                .hasPassedElement(ASK_COLLEAGUES);
        steps.gatherPupilInformation();
        journey.assertThatJourney().isWaitingAtElements(INVITE_PARENTS).hasNotPassedElement(COLLEAGUE_INFORMATION)
                .hasNoIncidents();
    }

    @Test
    void aSecondConcernForTheSameCaseDoesNotStartASecondJourney() {
        steps.raiseConcern();
        journey.publish(JourneyProcess.MESSAGE_CONCERN_RAISED, Map.of("caseId", journey.caseId));

        assertThat(journey.journeys()).containsExactly(journey.instanceKey);
        assertThat(journey.step(ACT_ON_DROP)).isNotNull();
        assertThat(journey.step(ACT_ON_DROP).assignee()).isNull();
        assertThat(journey.variables()).containsEntry("championOptions", List.of(Map.of("label", "champion",
                "value", LEAD)));
    }
}
