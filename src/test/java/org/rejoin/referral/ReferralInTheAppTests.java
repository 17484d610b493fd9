package org.rejoin.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.response.ActivatedJob;
import io.grpc.Status;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoin.casework.Chronology;
import org.rejoin.casework.ChronologyEntry;
import org.rejoin.casework.EntryKind;
import org.rejoin.inbox.InboxService;
import org.rejoin.inbox.InboxTask;
import org.rejoin.referral.ReferralProcess.Elements;
import org.rejoin.referral.internal.EscalateUnansweredWorker;
import org.rejoin.referral.internal.RemindAgencyWorker;
import org.rejoin.referral.internal.SendToAgencyWorker;
import org.rejoin.security.UserAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * A referral in the whole app on the in-memory engine, each step completed through the inbox by the person
 * it is for: the champion describes, a leader approves, the agency's partner answers, assesses and reports.
 * The timers' workers (reminder, escalation) are called as the engine would call them.
 */
@org.rejoin.RejoinTest
class ReferralInTheAppTests {

    static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    ReferralService referrals;
    @Autowired
    ReferralTestData fixture;
    @Autowired
    InboxService inbox;
    @Autowired
    Chronology chronology;
    @Autowired
    CamundaClient camunda;
    @Autowired
    RemindAgencyWorker remindAgency;
    @Autowired
    EscalateUnansweredWorker escalateUnanswered;
    @Autowired
    SendToAgencyWorker sendToAgency;

    ReferralTestData.Place place;
    UUID referralId;

    @BeforeEach
    void aSchoolWithACaseAndTwoAgencies() {
        place = fixture.place();
    }

    @Test
    void anAcceptedReferralGoesFromChampionToLeaderToPartnerAndItsOutcomeIsRecorded() {
        InboxTask answer = toTheAgency();
        assertThat(answer.agencyId()).isEqualTo(place.earlyHelp().id());
        assertThat(answer.dueDate()).isEqualTo(status().summary().acceptDeadline());
        assertThat(inbox.openStepsOfCase(place.mentalHealthPartner(), place.caseId())).isEmpty();

        complete(place.earlyHelpPartner(), Elements.ACCEPT_OR_DECLINE, Map.of("agencyDecision", "accept"));
        complete(place.earlyHelpPartner(), Elements.ASSESSMENT, Map.of("assessedOn", LocalDate.now().toString(),
                "assessmentFindings", "Anxious about the bus", "needsIdentified", "Help with mornings"));
        assertThat(status().summary().status()).isEqualTo(ReferralStatus.ACCEPTED);
        complete(place.earlyHelpPartner(), Elements.RECOMMENDATIONS, Map.of(
                "agencyRecommendations", "A family worker visits weekly", "agencyInvolvement", "ONGOING"));
        complete(place.earlyHelpPartner(), Elements.JOIN_PLAN_REVIEW, Map.of("planReviewDate",
                LocalDate.now().toString(), "agreedAtReview", "Weekly visits", "agencyStaysInvolved", true));

        await().atMost(WAIT).until(() -> status().summary().status() == ReferralStatus.COMPLETED);
        ReferralDetails done = status();
        assertThat(done.summary().recommendations()).isEqualTo("A family worker visits weekly");
        assertThat(done.summary().decidedAt()).isNotNull();
        assertThat(done.history()).extracting(ReferralHistoryEntry::what).contains(
                place.earlyHelp().name() + " accepted the referral: They will assess the pupil and make recommendations.");
        assertThat(entries(EntryKind.ESCALATION)).extracting(ChronologyEntry::title).contains(
                "Referral to Early Help requested", "Sent to " + place.earlyHelp().name(),
                place.earlyHelp().name() + " accepted the referral",
                place.earlyHelp().name() + " reported the referral's outcome");
        await().atMost(WAIT).until(() -> entries(EntryKind.TASK).stream()
                .anyMatch(e -> place.earlyHelpPartner().username().equals(e.actor())
                        && e.title().equals("Join the plan review")));
        assertThat(entries(EntryKind.TASK)).filteredOn(e -> place.earlyHelpPartner().username().equals(e.actor()))
                .extracting(ChronologyEntry::actorName).containsOnly(place.earlyHelpPartner().displayName());
        assertThatThrownBy(() -> camunda.newPublishMessageCommand().messageName(ReferralProcess.MESSAGE_OUTCOME_REPORTED)
                .correlationKey(referralId.toString()).messageId(referralId + ":outcome").send().join())
                .as("the outcome was published once, and is still buffered for a plan")
                .isInstanceOfSatisfying(ClientStatusException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.ALREADY_EXISTS));
    }

    @Test
    void aDeclinedReferralComesBackToTheChampionWithTheAgencysReason() {
        toTheAgency();
        complete(place.earlyHelpPartner(), Elements.ACCEPT_OR_DECLINE, Map.of("agencyDecision", "decline",
                "declineReason", "Over our threshold: try the Mental Health Support Team"));

        InboxTask review = awaitStep(place.champion(), Elements.REVIEW_ALTERNATIVES);
        assertThat(review.assignee()).isEqualTo(place.champion().username());
        assertThat(inbox.task(place.champion(), review.id()).orElseThrow().variables())
                .containsEntry("declineReason", "Over our threshold: try the Mental Health Support Team");
        ReferralDetails declined = status();
        assertThat(declined.summary().status()).isEqualTo(ReferralStatus.DECLINED);
        assertThat(declined.summary().declineReason()).isEqualTo("Over our threshold: try the Mental Health Support Team");
        assertThat(entries(EntryKind.ESCALATION)).extracting(ChronologyEntry::title)
                .containsOnlyOnce(place.earlyHelp().name() + " declined the referral");
        assertThat(inbox.task(place.earlyHelpPartner(), review.id())).as("the school's own deliberation").isEmpty();
        assertThat(inbox.openStepsOfCase(place.earlyHelpPartner(), place.caseId())).isEmpty();
        assertThat(referrals.referral(place.earlyHelpPartner(), referralId)).isPresent();
    }

    @Test
    void anUnansweredReferralRisesInThePartnersInboxAndIsEscalatedInTheCaseOnce() {
        InboxTask answer = toTheAgency();
        ActivatedJob reminder = job(answer.processInstanceKey(), Map.of("referralId", referralId.toString(),
                "agencyId", place.earlyHelp().id().toString()));

        remindAgency.remind(reminder);
        remindAgency.remind(reminder); // delivered twice

        assertThat(inbox.task(place.earlyHelpPartner(), answer.id()).orElseThrow().priority()).isGreaterThanOrEqualTo(80);
        assertThat(status().remindedAt()).isNotNull();
        assertThat(entries(EntryKind.ESCALATION)).extracting(ChronologyEntry::title)
                .containsOnlyOnce("Reminder sent to " + place.earlyHelp().name());

        escalateUnanswered.escalate(job(answer.processInstanceKey(), Map.of("referralId", referralId.toString(),
                "caseId", place.caseId().toString(), "agencyId", place.earlyHelp().id().toString())));
        assertThat(status().escalatedAt()).isNotNull();
        assertThat(status().history()).extracting(ReferralHistoryEntry::what)
                .contains(place.earlyHelp().name() + " has not answered the referral in time: "
                        + "A leader of the school has a task to chase them.");
    }

    @Test
    void withNoAgencyOfTheTypeForTheSchoolsLocalAuthoritySendingStopsSayingWhich() {
        referralId = referrals.requestByHand(place.champion(), place.caseId(), AgencyType.EDUCATIONAL_PSYCHOLOGY,
                "Possible working memory difficulty");
        Map<String, Object> variables = new HashMap<>(Map.of("referralId", referralId.toString(),
                "caseId", place.caseId().toString(), "schoolId", place.school().id().toString(),
                "agencyType", "EDUCATIONAL_PSYCHOLOGY", "referralReason", "Memory", "parentalConsent", true));

        assertThatThrownBy(() -> sendToAgency.send(job(1L, variables)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No Educational psychology agencies serve " + place.school().localAuthority()
                        + " (the local authority of " + place.school().name() + "): an administrator must make sure "
                        + "exactly one does, then retry this step");
        assertThat(status().summary().status()).isEqualTo(ReferralStatus.REQUESTED);
    }

    /** Requested by hand, described by the champion, approved by a leader: the agency's answer is awaited. */
    private InboxTask toTheAgency() {
        referralId = referrals.requestByHand(place.champion(), place.caseId(), AgencyType.EARLY_HELP,
                "Mornings at home have broken down");
        complete(place.champion(), Elements.DESCRIBE, Map.of("agencyType", "EARLY_HELP",
                "referralReason", "Mornings at home have broken down", "triedSoFar", "Key adult at the gate",
                "parentalConsent", true));
        complete(place.leader(), Elements.APPROVE, Map.of("referralApproval", "approve"));
        InboxTask answer = awaitStep(place.earlyHelpPartner(), Elements.ACCEPT_OR_DECLINE);
        assertThat(status().summary().status()).isEqualTo(ReferralStatus.SENT);
        assertThat(status().triedSoFar()).isEqualTo("Key adult at the gate");
        return answer;
    }

    private ReferralDetails status() {
        return referrals.referral(place.champion(), referralId).orElseThrow();
    }

    private void complete(UserAccount who, String elementId, Map<String, Object> answers) {
        inbox.complete(who, awaitStep(who, elementId).id(), answers);
    }

    private InboxTask awaitStep(UserAccount who, String elementId) {
        return await().atMost(WAIT).until(() -> inbox.openStepsOfCase(who, place.caseId()).stream()
                .filter(t -> t.elementId().equals(elementId)).findFirst(), Optional::isPresent).orElseThrow();
    }

    private List<ChronologyEntry> entries(EntryKind kind) {
        return chronology.entries(place.leader(), place.caseId(), Set.of(kind), PageRequest.of(0, 100)).getContent();
    }

    private static ActivatedJob job(long processInstanceKey, Map<String, Object> variables) {
        ActivatedJob job = mock(ActivatedJob.class);
        long key = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        when(job.getKey()).thenReturn(key);
        when(job.getProcessInstanceKey()).thenReturn(processInstanceKey);
        when(job.getVariablesAsMap()).thenReturn(variables);
        return job;
    }
}
