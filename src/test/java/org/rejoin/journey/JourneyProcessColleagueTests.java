package org.rejoin.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rejoin.journey.JourneyDriver.HEAD_OF_YEAR;
import static org.rejoin.journey.JourneyDriver.TUTOR;
import static org.rejoin.journey.JourneyProcess.Elements.COLLEAGUE_INFORMATION;
import static org.rejoin.journey.JourneyProcess.Elements.INVITE_PARENTS;
import static org.rejoin.journey.JourneyProcess.Elements.RECORD_NO_ANSWER;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoin.engine.OwnEngineProcessTest;
import org.rejoin.journey.JourneyProcess.JobTypes;

/** Step 5 when a colleague stays silent: a reminder at the reminder date, then the journey goes on without them. */
@OwnEngineProcessTest
class JourneyProcessColleagueTests {

    private static final Duration A_MINUTE = Duration.ofMinutes(1);

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
    @SuppressWarnings("unchecked")
    void aSilentColleagueIsRemindedThenTheJourneyGoesOnWithoutThem() {
        steps.raiseConcern();
        steps.confirmConcern();
        steps.gatherEvidenceAndAssembleTeam(List.of(TUTOR, HEAD_OF_YEAR));
        steps.gatherPupilInformation();
        steps.colleagueAnswers(HEAD_OF_YEAR);

        journey.travelTo(journey.instant("colleagueReminderDate").minus(A_MINUTE));
        assertThat(journey.hasJob(JobTypes.REMIND_COLLEAGUE)).as("reminder a minute early").isFalse();
        journey.travel(A_MINUTE.multipliedBy(2));
        ActivatedJob reminder = journey.work(JobTypes.REMIND_COLLEAGUE);
        assertThat(reminder.getVariablesAsMap()).containsEntry("colleague", TUTOR);
        assertThat(journey.step(COLLEAGUE_INFORMATION, TUTOR)).as("still open after the reminder").isNotNull();

        journey.travelTo(journey.instant("colleagueCutOffDate").minus(A_MINUTE));
        assertThat(journey.hasJob(JobTypes.RECORD_NO_ANSWER)).as("cut-off a minute early").isFalse();
        journey.travel(A_MINUTE.multipliedBy(2));
        ActivatedJob noAnswer = journey.work(JobTypes.RECORD_NO_ANSWER);
        assertThat(noAnswer.getVariablesAsMap()).containsEntry("colleague", TUTOR);

        assertThat(journey.steps(COLLEAGUE_INFORMATION)).isEmpty();
        journey.assertThatJourney().isWaitingAtElements(INVITE_PARENTS).hasPassedElement(RECORD_NO_ANSWER, 1)
                .hasPassedElement(COLLEAGUE_INFORMATION, 1).hasNoIncidents();
        List<Object> answers = (List<Object>) journey.variables().get("colleagueAnswers");
        assertThat(answers).as("one answer, one silence").hasSize(2).containsOnlyOnce((Object) null);
    }
}
