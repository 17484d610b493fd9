package org.rejoin.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.camunda.client.api.response.ActivatedJob;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.rejoin.TestData;
import org.rejoin.casework.CaseService;
import org.rejoin.inbox.InboxService;
import org.rejoin.inbox.InboxTask;
import org.rejoin.journey.internal.ParentsNotEngagingWorker;
import org.rejoin.pupil.SchoolInfo;
import org.rejoin.referral.AgencyType;
import org.rejoin.referral.ReferralOrigin;
import org.rejoin.referral.ReferralProcess;
import org.rejoin.referral.ReferralService;
import org.rejoin.referral.ReferralStatus;
import org.rejoin.referral.ReferralSummary;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Parents who have not engaged after two invitations: the journey's worker refers the pupil to the
 * Attendance Improvement Officer, once however often its job is delivered, and the lead champion is asked
 * to describe the referral. (The journey's timers that lead here are proven by the process tests.)
 */
@org.rejoin.RejoinTest
class ParentsNotEngagingReferralTests {

    @Autowired
    TestData data;
    @Autowired
    CaseService cases;
    @Autowired
    ReferralService referrals;
    @Autowired
    InboxService inbox;
    @Autowired
    ParentsNotEngagingWorker worker;

    @Test
    void theJourneyRefersThePupilToTheAttendanceOfficerOnceAndTheLeadChampionDescribesIt() {
        SchoolInfo school = data.school();
        UserAccount champion = data.staff(school, Role.ATTENDANCE_CHAMPION, "Attendance champion");
        UUID pupil = data.pupil(school, "Unreached");
        UUID caseId = cases.openByHand(champion, pupil, "No contact with home since October");
        ActivatedJob job = job(Map.of("caseId", caseId.toString(), "pupilId", pupil.toString(),
                "schoolId", school.id().toString(), "leadChampion", champion.username()));

        worker.refer(job);
        worker.refer(job); // delivered again

        List<ReferralSummary> made = referrals.referralsOfCase(champion, caseId);
        assertThat(made).singleElement().satisfies(referral -> {
            assertThat(referral.agencyType()).isEqualTo(AgencyType.ATTENDANCE_IMPROVEMENT);
            assertThat(referral.origin()).isEqualTo(ReferralOrigin.JOURNEY);
            assertThat(referral.status()).isEqualTo(ReferralStatus.REQUESTED);
        });
        InboxTask describe = await().atMost(Duration.ofSeconds(30)).until(() -> inbox.openStepsOfCase(champion, caseId)
                .stream().filter(t -> t.elementId().equals(ReferralProcess.Elements.DESCRIBE)).findFirst(),
                Optional::isPresent).orElseThrow();
        assertThat(describe.assignee()).isEqualTo(champion.username());
        assertThat(inbox.task(champion, describe.id()).orElseThrow().variables()).containsEntry("triedSoFar",
                "Two invitations to the parents or carers went unanswered or were declined.");
    }

    private static ActivatedJob job(Map<String, Object> variables) {
        ActivatedJob job = mock(ActivatedJob.class);
        when(job.getKey()).thenReturn(ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE));
        when(job.getProcessInstanceKey()).thenReturn(ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE));
        when(job.getVariablesAsMap()).thenReturn(variables);
        return job;
    }
}
