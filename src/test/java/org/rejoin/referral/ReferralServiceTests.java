package org.rejoin.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoin.TestData;
import org.rejoin.casework.CaseService;
import org.rejoin.casework.Chronology;
import org.rejoin.casework.ChronologyEntry;
import org.rejoin.casework.EntryKind;
import org.rejoin.inbox.InboxService;
import org.rejoin.inbox.InboxTask;
import org.rejoin.referral.ReferralProcess.Elements;
import org.rejoin.referral.ReferralRefusedException.Field;
import org.rejoin.referral.internal.ReferralRecords;
import org.rejoin.security.AuditTrail;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Asking for referrals and reading them, on PostgreSQL and the app's engine: who may, and who sees what. */
@org.rejoin.RejoinTest
class ReferralServiceTests {

    static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    ReferralService referrals;
    @Autowired
    ReferralTestData fixture;
    @Autowired
    TestData data;
    @Autowired
    ReferralRecords records;
    @Autowired
    CaseService cases;
    @Autowired
    Chronology chronology;
    @Autowired
    InboxService inbox;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcTemplate jdbc;

    ReferralTestData.Place place;

    @BeforeEach
    void aSchoolWithACaseAndTwoAgencies() {
        place = fixture.place();
    }

    @Test
    void theSameReferralRequestedTwiceIsOneReferralWithOneProcess() {
        UUID referralId = UUID.randomUUID();
        var request = new ReferralRequest(referralId, place.caseId(), place.pupil(), place.school().id(),
                place.champion().username(), AgencyType.EARLY_HELP, ReferralOrigin.PLAN, null,
                "Step 2 stalled twice: still not in before 10");

        referrals.request(request);
        referrals.request(request);

        assertThat(jdbc.queryForObject("select count(*) from referral where id = ?", Long.class, referralId)).isOne();
        InboxTask describe = awaitStep(Elements.DESCRIBE);
        assertThat(describe.assignee()).isEqualTo(place.champion().username());
        assertThat(inbox.task(place.champion(), describe.id()).orElseThrow().variables())
                .containsEntry("triedSoFar", "Step 2 stalled twice: still not in before 10")
                // the step keeps what its form shows, not the process's other variables (StepVariables)
                .doesNotContainKeys("origin", "referralAcceptSchoolDays");
        await().pollDelay(Duration.ofSeconds(2)).atMost(WAIT).until(() -> true);
        assertThat(stepsOf(Elements.DESCRIBE)).as("one process, so one description step").hasSize(1);
        assertThat(escalations()).extracting(ChronologyEntry::title).containsOnlyOnce("Referral to Early Help requested");
    }

    @Test
    void aChampionRefersByHandAndTheCasesLeadChampionDescribesIt() {
        UUID referralId = referrals.requestByHand(place.champion(), place.caseId(), AgencyType.MENTAL_HEALTH_SUPPORT,
                "Panic attacks on the way to school");

        List<ReferralSummary> ofCase = referrals.referralsOfCase(place.champion(), place.caseId());
        assertThat(ofCase).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(referralId);
            assertThat(r.status()).isEqualTo(ReferralStatus.REQUESTED);
            assertThat(r.origin()).isEqualTo(ReferralOrigin.BY_HAND);
            assertThat(r.agencyId()).isNull();
        });
        InboxTask describe = awaitStep(Elements.DESCRIBE);
        assertThat(describe.assignee()).isEqualTo(place.champion().username());
        assertThat(inbox.task(place.champion(), describe.id()).orElseThrow().variables())
                .containsEntry("referralReason", "Panic attacks on the way to school")
                .containsEntry("agencyType", "MENTAL_HEALTH_SUPPORT");
        assertThat(escalations()).extracting(ChronologyEntry::actor).contains(place.champion().username());
        assertThat(audit.count("REFERRAL_REQUESTED", "referral", referralId)).isOne();
    }

    @Test
    void onlyAChampionOrLeaderWhoCanSeeAnOpenCaseRefersByHand() {
        assertThatThrownBy(() -> referrals.requestByHand(place.tutor(), place.caseId(), AgencyType.EARLY_HELP, "Why"))
                .isInstanceOf(AccessDeniedException.class);
        UserAccount otherChampion = data.staff(data.school(), Role.ATTENDANCE_CHAMPION, null);
        assertRefused(() -> referrals.requestByHand(otherChampion, place.caseId(), AgencyType.EARLY_HELP, "Why"),
                Field.CASE, "Case not found");
        assertRefused(() -> referrals.requestByHand(place.leader(), place.caseId(), null, "Why"),
                Field.AGENCY, "Choose the agency to refer to");
        assertRefused(() -> referrals.requestByHand(place.leader(), place.caseId(), AgencyType.EARLY_HELP, "  "),
                Field.WHY, "Say why the pupil needs this agency");

        referrals.requestByHand(place.leader(), place.caseId(), AgencyType.EARLY_HELP, "Family asked for help");
        assertRefused(() -> referrals.requestByHand(place.champion(), place.caseId(), AgencyType.EARLY_HELP, "Again"),
                Field.AGENCY, "A referral to Early Help is already under way for this pupil");

        cases.close(place.caseId(), "Back full time", "test-close:" + place.caseId());
        assertRefused(() -> referrals.requestByHand(place.champion(), place.caseId(), AgencyType.SEND_ADVISORY, "Why"),
                Field.CASE, "This case is closed: open a new case to refer the pupil");
        assertThat(referrals.referralsOfCase(place.champion(), place.caseId())).hasSize(1);
    }

    @Test
    void aPartnerSeesAReferralOnlyOnceItIsSentToTheirAgencyAndNeverAnotherAgencys() {
        UUID referralId = referrals.requestByHand(place.champion(), place.caseId(), AgencyType.EARLY_HELP, "Mornings");
        assertThat(referrals.referral(place.earlyHelpPartner(), referralId)).as("not sent yet").isEmpty();
        assertThat(referrals.referralsToMyAgency(place.earlyHelpPartner(), null, PageRequest.of(0, 10))).isEmpty();

        records.sent(referralId, place.earlyHelp(), AgencyType.EARLY_HELP, new ReferralRecords.Shared(
                "Mornings have broken down", "Key adult at the gate", true, null),
                Instant.parse("2030-03-01T16:00:00Z"), 1L, "test-sent:" + referralId);

        ReferralDetails seen = referrals.referral(place.earlyHelpPartner(), referralId).orElseThrow();
        assertThat(seen.summary().pupilName()).isEqualTo("Pupil Referred");
        assertThat(seen.summary().schoolName()).isEqualTo(place.school().name());
        assertThat(seen.reason()).isEqualTo("Mornings have broken down");
        assertThat(seen.context()).as("the school's working notes stay with the school").isNull();
        assertThat(seen.history()).extracting(ReferralHistoryEntry::what)
                .containsExactly("Requested (made by hand)", "Sent to " + place.earlyHelp().name()
                        + ": They are asked to accept or decline it by 1 March 2030.");
        assertThat(referrals.referralsToMyAgency(place.earlyHelpPartner(), ReferralStatus.SENT, PageRequest.of(0, 10))
                .getContent()).extracting(ReferralSummary::id).containsExactly(referralId);

        assertThat(referrals.referral(place.mentalHealthPartner(), referralId)).isEmpty();
        assertThat(referrals.referralsToMyAgency(place.mentalHealthPartner(), null, PageRequest.of(0, 10))).isEmpty();
        UserAccount otherChampion = data.staff(data.school(), Role.ATTENDANCE_CHAMPION, null);
        assertThat(referrals.referral(otherChampion, referralId)).isEmpty();
        assertThat(referrals.referral(place.tutor(), referralId)).as("staff outside the case's team").isEmpty();
        assertThat(referrals.referral(place.leader(), referralId)).isPresent();
        assertThat(referrals.referralsToMyAgency(place.champion(), null, PageRequest.of(0, 10))).isEmpty();
        assertThat(audit.count("ACCESS_DENIED", "referral", referralId)).isEqualTo(4);
    }

    @Test
    void aChampionWithdrawsAReferralWhoseProcessThenEndsAndItsOpenStepLeavesTheInbox() {
        UUID referralId = referrals.requestByHand(place.champion(), place.caseId(), AgencyType.MENTAL_HEALTH_SUPPORT,
                "Panic attacks on the way to school");
        awaitStep(Elements.DESCRIBE);

        referrals.withdraw(place.champion(), referralId, "  Mum has withdrawn her consent ");

        ReferralDetails withdrawn = referrals.referral(place.champion(), referralId).orElseThrow();
        assertThat(withdrawn.summary().status()).isEqualTo(ReferralStatus.WITHDRAWN);
        assertThat(withdrawn.summary().withdrawReason()).isEqualTo("Mum has withdrawn her consent");
        assertThat(withdrawn.summary().withdrawnAt()).isNotNull();
        assertThat(withdrawn.history()).extracting(ReferralHistoryEntry::what)
                .endsWith("Withdrawn by the school: Mum has withdrawn her consent");
        assertThat(escalations()).extracting(ChronologyEntry::title)
                .contains("Referral to " + AgencyType.MENTAL_HEALTH_SUPPORT.label() + " withdrawn");
        assertThat(audit.count("REFERRAL_WITHDRAWN", "referral", referralId)).isOne();
        // the engine closed the step; the withdrawal drops it from the inbox at once (no reconciler pass in tests)
        await().atMost(WAIT).untilAsserted(() -> assertThat(stepsOf(Elements.DESCRIBE)).isEmpty());

        assertThat(referrals.requestByHand(place.champion(), place.caseId(), AgencyType.MENTAL_HEALTH_SUPPORT,
                "Mum asked for the referral after all")).as("a new referral to the same agency").isNotNull();
    }

    @Test
    void onlyAChampionOrLeaderOfTheCaseWithdrawsAReferralStillUnderWayAndSaysWhy() {
        UUID referralId = referrals.requestByHand(place.champion(), place.caseId(), AgencyType.EARLY_HELP, "Mornings");
        assertThatThrownBy(() -> referrals.withdraw(place.tutor(), referralId, "Why"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> referrals.withdraw(place.earlyHelpPartner(), referralId, "Why"))
                .isInstanceOf(AccessDeniedException.class);
        UserAccount otherChampion = data.staff(data.school(), Role.ATTENDANCE_CHAMPION, null);
        assertRefused(() -> referrals.withdraw(otherChampion, referralId, "Why"), Field.CASE, "Referral not found");
        assertThat(audit.count("ACCESS_DENIED", "referral", referralId)).isOne();
        assertRefused(() -> referrals.withdraw(place.leader(), referralId, " "), Field.WHY,
                "Say why the referral is being withdrawn");
        assertThat(referrals.referral(place.leader(), referralId).orElseThrow().summary().status())
                .isEqualTo(ReferralStatus.REQUESTED);

        referrals.withdraw(place.leader(), referralId, "The family moved away");
        assertRefused(() -> referrals.withdraw(place.champion(), referralId, "Again"), Field.CASE,
                "This referral cannot be withdrawn: it is withdrawn by the school");

        UUID declined = referrals.requestByHand(place.champion(), place.caseId(), AgencyType.EARLY_HELP, "Again");
        records.sent(declined, place.earlyHelp(), AgencyType.EARLY_HELP, new ReferralRecords.Shared("Mornings",
                "Key adult", true, null), Instant.parse("2030-03-01T16:00:00Z"), 1L, "test-sent:" + declined);
        records.declined(declined, "Over our threshold", "test-declined:" + declined);
        assertRefused(() -> referrals.withdraw(place.champion(), declined, "Why"), Field.CASE,
                "This referral cannot be withdrawn: it is declined by the agency");
    }

    @Test
    void onceWithdrawnTheAgencySeesThatAndWhyButNoLongerWhatTheSchoolShared() {
        UUID referralId = referrals.requestByHand(place.champion(), place.caseId(), AgencyType.EARLY_HELP, "Mornings");
        records.sent(referralId, place.earlyHelp(), AgencyType.EARLY_HELP, new ReferralRecords.Shared(
                "Mornings have broken down", "Key adult at the gate", true, null),
                Instant.parse("2030-03-01T16:00:00Z"), 1L, "test-sent:" + referralId);
        assertThat(referrals.referral(place.earlyHelpPartner(), referralId).orElseThrow().reason())
                .isEqualTo("Mornings have broken down");

        referrals.withdraw(place.champion(), referralId, "Parents withdrew consent");

        ReferralDetails seen = referrals.referral(place.earlyHelpPartner(), referralId).orElseThrow();
        assertThat(seen.summary().status()).isEqualTo(ReferralStatus.WITHDRAWN);
        assertThat(seen.summary().withdrawReason()).isEqualTo("Parents withdrew consent");
        assertThat(seen.reason()).isNull();
        assertThat(seen.triedSoFar()).isNull();
        assertThat(seen.parentalConsent()).isNull();
        assertThat(referrals.referral(place.champion(), referralId).orElseThrow().reason())
                .as("the school keeps its own record").isEqualTo("Mornings have broken down");
    }

    @Test
    void anAgencyThatDeclinedAReferralNoLongerReadsItsReasonOrSafeguardingDetailButItsAuditedSummary() {
        UUID referralId = referrals.requestByHand(place.champion(), place.caseId(), AgencyType.EARLY_HELP, "Mornings");
        records.sent(referralId, place.earlyHelp(), AgencyType.EARLY_HELP, new ReferralRecords.Shared(
                "Mornings have broken down", "Key adult at the gate", null, "Father's threats at the gate"),
                Instant.parse("2030-03-01T16:00:00Z"), 1L, "test-sent:" + referralId);
        assertThat(referrals.referral(place.earlyHelpPartner(), referralId).orElseThrow().safeguardingReason())
                .isEqualTo("Father's threats at the gate");

        records.declined(referralId, "Over our threshold", "test-declined:" + referralId);

        ReferralDetails seen = referrals.referral(place.earlyHelpPartner(), referralId).orElseThrow();
        assertThat(seen.summary().status()).isEqualTo(ReferralStatus.DECLINED);
        assertThat(seen.reason()).isNull();
        assertThat(seen.triedSoFar()).isNull();
        assertThat(seen.parentalConsent()).isNull();
        assertThat(seen.safeguardingReason()).as("the safeguarding detail is not the agency's any more").isNull();
        assertThat(referrals.referral(place.leader(), referralId).orElseThrow().safeguardingReason())
                .as("the school keeps its own record").isEqualTo("Father's threats at the gate");
        assertThat(audit.count("REFERRAL_READ", "referral", referralId)).isEqualTo(3);
    }

    @Test
    void anAgencyWhoseReferralIsCompletedNoLongerReadsWhatTheSchoolShared() {
        UUID referralId = referrals.requestByHand(place.champion(), place.caseId(), AgencyType.EARLY_HELP, "Mornings");
        records.sent(referralId, place.earlyHelp(), AgencyType.EARLY_HELP, new ReferralRecords.Shared(
                "Mornings have broken down", "Key adult at the gate", true, null),
                Instant.parse("2030-03-01T16:00:00Z"), 1L, "test-sent:" + referralId);
        records.accepted(referralId, "test-accepted:" + referralId);
        records.completed(referralId, "A mentor for mornings", "test-completed:" + referralId);

        ReferralDetails seen = referrals.referral(place.earlyHelpPartner(), referralId).orElseThrow();
        assertThat(seen.summary().status()).isEqualTo(ReferralStatus.COMPLETED);
        assertThat(seen.reason()).isNull();
        assertThat(seen.triedSoFar()).isNull();
    }

    private void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, Field field, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ReferralRefusedException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).isEqualTo(message);
        });
    }

    private List<ChronologyEntry> escalations() {
        return chronology.entries(place.champion(), place.caseId(), Set.of(EntryKind.ESCALATION), PageRequest.of(0, 50))
                .getContent();
    }

    private List<InboxTask> stepsOf(String elementId) {
        return inbox.openStepsOfCase(place.champion(), place.caseId()).stream()
                .filter(t -> t.elementId().equals(elementId)).toList();
    }

    private InboxTask awaitStep(String elementId) {
        return await().atMost(WAIT).until(() -> stepsOf(elementId).stream().findFirst(), Optional::isPresent)
                .orElseThrow();
    }
}
