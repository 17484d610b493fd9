package org.rejoin.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rejoin.journey.JourneyProcess.Elements.*;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoin.engine.OwnEngineProcessTest;
import org.rejoin.journey.JourneyProcess.JobTypes;

/** Step 6: the parents agree, never reply, or decline; the journey always reaches step 7. */
@OwnEngineProcessTest
class JourneyProcessParentTests {

    private static final Duration A_MINUTE = Duration.ofMinutes(1);

    ZeebeTestEngine engine;
    ZeebeClient client;
    JourneyDriver journey;
    JourneySteps steps;

    @BeforeEach
    void toParentInvitation() throws IOException {
        journey = new JourneyDriver(engine, client).deploy();
        steps = new JourneySteps(journey);
        steps.toParentInvitation(List.of(JourneyDriver.TUTOR));
        steps.inviteParents();
    }

    @Test
    void whenTheParentsAgreeTheMeetingStepWaitsForTheMeetingTime() {
        assertThat(journey.step(PARENT_RESPONSE).dueDate()).isNotBlank();
        journey.complete(PARENT_RESPONSE, "parent-response", steps.parentsAgree());
        journey.work(JobTypes.SCHEDULE_PARENT_MEETING);

        journey.travelTo(journey.instant("meetingStarts").minus(A_MINUTE));
        journey.assertThatJourney().isWaitingAtElements(WAIT_FOR_MEETING).isNotWaitingAtElements(PARENT_MEETING);
        journey.travel(A_MINUTE.multipliedBy(2));
        journey.assertThatJourney().isWaitingAtElements(PARENT_MEETING).hasNotPassedElement(NO_PARENT_RESPONSE_TIMER);
    }

    @Test
    void parentsWhoNeverReplyAreInvitedAgainThenReferredToTheAttendanceOfficer() {
        journey.travelTo(journey.instant("parentResponseDate").minus(A_MINUTE));
        journey.assertThatJourney().isWaitingAtElements(PARENT_RESPONSE).isNotWaitingAtElements(SECOND_INVITATION);
        journey.travel(A_MINUTE.multipliedBy(2));
        journey.assertThatJourney().isWaitingAtElements(SECOND_INVITATION).isNotWaitingAtElements(PARENT_RESPONSE);

        inviteAgain();
        journey.travelTo(journey.instant("secondParentResponseDate").minus(A_MINUTE));
        assertThat(journey.hasJob(JobTypes.PARENTS_NOT_ENGAGING)).as("a minute before the second date").isFalse();
        journey.assertThatJourney().isWaitingAtElements(SECOND_PARENT_RESPONSE);
        journey.travel(A_MINUTE.multipliedBy(2));
        journey.work(JobTypes.PARENTS_NOT_ENGAGING);

        hearFromPupilWhileTheReferralRuns();
        journey.assertThatJourney().hasPassedElement(NO_PARENT_RESPONSE_TIMER).hasPassedElement(NO_PARENT_ENGAGEMENT_TIMER)
                .hasNotPassedElement(SCHEDULE_PARENT_MEETING);
    }

    @Test
    void parentsWhoDeclineTwiceAreReferredToTheAttendanceOfficer() {
        journey.complete(PARENT_RESPONSE, "parent-response", JourneySteps.parentsDecline());
        inviteAgain();
        journey.complete(SECOND_PARENT_RESPONSE, "parent-response", JourneySteps.parentsDecline());
        journey.work(JobTypes.PARENTS_NOT_ENGAGING);

        hearFromPupilWhileTheReferralRuns();
        journey.assertThatJourney().hasNotPassedElement(NO_PARENT_RESPONSE_TIMER)
                .hasNotPassedElement(NO_PARENT_ENGAGEMENT_TIMER).hasNotPassedElement(SCHEDULE_PARENT_MEETING);
    }

    @Test
    void parentsWhoAgreeToTheSecondInvitationAreMet() {
        journey.complete(PARENT_RESPONSE, "parent-response", JourneySteps.parentsDecline());
        inviteAgain();
        journey.complete(SECOND_PARENT_RESPONSE, "parent-response", steps.parentsAgree());
        steps.meetParents();

        journey.assertThatJourney().isWaitingAtElements(HEAR_FROM_PUPIL).hasNotPassedElement(PARENTS_NOT_ENGAGING)
                .hasNoIncidents();
    }

    private void inviteAgain() {
        journey.complete(SECOND_INVITATION, "second-invitation", Map.of("secondInvitationChannel", "HOME_VISIT",
                "secondInvitedOn", LocalDate.now().toString(), "secondInvitationNotes", "Nobody answered the door"));
        journey.work(JobTypes.SCHOOL_DAY_DEADLINES);
    }

    /** The referral to the officer is a process of its own (started by the worker); the journey goes on. */
    private void hearFromPupilWhileTheReferralRuns() {
        journey.assertThatJourney().isWaitingAtElements(HEAR_FROM_PUPIL);
        steps.hearFromPupil();
        steps.createPlan();
        journey.assertThatJourney().isCompleted().hasNoIncidents().hasPassedElement(PARENTS_NOT_ENGAGING)
                .hasPassedElement(END_PLAN_CREATED);
    }
}
