package org.rejoin.ladder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.rejoin.ladder.FormalSupportProcess.Elements.*;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoin.PdfText;
import org.rejoin.TestData;
import org.rejoin.inbox.InboxService;
import org.rejoin.inbox.InboxTask;
import org.rejoin.referral.ReferralTestData;
import org.rejoin.security.AuditTrail;
import org.rejoin.security.RecordNotFoundException;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The ladder in the whole app on the in-memory engine, each step completed through the inbox by the person it is
 * for, the workers and the penalty notice rules running for real: where the family is, in words; the evidence pack
 * read back; and who may not see any of it.
 */
@org.rejoin.RejoinTest
class LadderInTheAppTests {

    static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired
    LadderService ladders;
    @Autowired
    ReferralTestData fixture;
    @Autowired
    TestData data;
    @Autowired
    InboxService inbox;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcTemplate jdbc;

    ReferralTestData.Place place;
    UUID mother;

    @BeforeEach
    void aSchoolWithACaseAndAMother() {
        place = fixture.place();
        mother = UUID.randomUUID();
        jdbc.update("insert into pupil_contact (id, pupil_id, school_id, name, relationship, parental_responsibility) "
                + "values (?, ?, ?, 'Ms Test Parent', 'Mother', true)", mother, place.pupil(), place.school().id());
    }

    @Test
    void fromAContractRefusedToAPenaltyNoticeRequestWithTheFamilyToldAndTheEvidencePackReadBack() throws Exception {
        assertThat(ladders.position(place.champion(), place.caseId())).isEmpty();
        UUID ladderId = ladders.start(place.champion(), place.caseId(), "Attendance 62% after a term of support");
        assertThat(sentence()).contains("attendance contract is being agreed");

        complete(place.champion(), AGREE_CONTRACT, Map.of("contractTerms", "Key adult every morning; in by 8:40",
                "contractReviewSchoolDays", 20, "contractAgreed", "REFUSED", "contractNotes", "Mother said no"));
        InboxTask review = awaitStep(place.champion(), REVIEW_SUPPORT);
        assertThat(sentence()).contains("refused an attendance contract");
        inbox.complete(place.champion(), review.id(), Map.of("supportOutcome", "CONSIDER_LEGAL",
                "supportReason", "Contract refused; two meetings missed"));

        InboxTask decide = awaitStep(place.leader(), DECIDE_LEGAL_INTERVENTION);
        assertThat(inbox.task(place.champion(), decide.id())).as("a leader's decision").isEmpty();
        assertThat(inbox.task(place.earlyHelpPartner(), decide.id())).as("a partner never sees legal steps").isEmpty();
        assertThat(inbox.openStepsOfCase(place.earlyHelpPartner(), place.caseId())).isEmpty();
        assertThat(inbox.task(place.leader(), decide.id()).orElseThrow().variables()).containsKey("parents");
        inbox.complete(place.leader(), decide.id(), Map.of("legalDecision", "PENALTY_NOTICE",
                "legalReason", "Support refused, attendance 58%", "parentContactId", mother.toString(),
                "noticeToImproveSkipReason", "Holiday in term time after a refused request"));

        InboxTask request = awaitStep(place.leader(), REQUEST_PENALTY_NOTICE);
        assertThat(inbox.task(place.leader(), request.id()).orElseThrow().variables())
                .containsEntry("penaltyNoticeLevel", "FIRST").containsEntry("penaltyNoticeAmount", 80);
        inbox.complete(place.leader(), request.id(), Map.of("penaltyNoticeRequestedOn", LocalDate.now().toString()));

        await().atMost(WAIT).until(() -> ladders.position(place.champion(), place.caseId()).orElseThrow().ended());
        assertThat(sentence()).contains("penalty notice was requested");
        assertThat(jdbc.queryForList("select letter from ladder_rung where ladder_id = ? order by recorded_at",
                String.class, ladderId)).hasSize(2).allSatisfy(letter -> assertThat(letter).startsWith("Dear parent"))
                .last().asString().contains("£80 if paid within 21 days", "£160 if paid within 28 days");

        String pack = PdfText.of(ladders.evidencePack(place.leader(), ladderId));
        assertThat(pack).contains("Evidence pack for the local authority", "Contract refused",
                "Attendance contract offered and refused: Key adult every morning", "Penalty notice requested",
                "Formal support started", "No session marks are recorded");
        assertThat(pack).doesNotContain("Ms Test Parent");
        assertThat(audit.count("EVIDENCE_PACK_COPIED", "ladder", ladderId)).isEqualTo(1);
    }

    @Test
    void theEvidencePackSaysWhoDidWhatByNameNotByAccount() throws Exception {
        UUID ladderId = ladders.start(place.champion(), place.caseId(), "Attendance 70% after a term of support");

        String pack = PdfText.of(ladders.evidencePack(place.leader(), ladderId));

        assertThat(pack).contains("Formal support started (" + place.champion().displayName() + ")",
                "by " + place.leader().displayName()).doesNotContain(place.champion().username());
    }

    @Test
    void aThirdPenaltyNoticeWithinThreeYearsIsRefusedBackToTheLeaderWithTheAlternatives() {
        UUID earlier = ladders.start(place.champion(), place.caseId(), "Earlier ladder");
        await().atMost(WAIT).until(() -> !steps(place.champion(), AGREE_CONTRACT).isEmpty());
        jdbc.update("insert into ladder_rung (id, ladder_id, job_key, rung, parent_contact_id, summary, letter, "
                + "recorded_on) values (?, ?, ?, 'PENALTY_NOTICE', ?, 'earlier', 'Dear parent', ?), "
                + "(?, ?, ?, 'PENALTY_NOTICE', ?, 'earlier', 'Dear parent', ?)",
                UUID.randomUUID(), earlier, -System.nanoTime(), mother, LocalDate.now().minusYears(2),
                UUID.randomUUID(), earlier, -System.nanoTime() - 1, mother, LocalDate.now().minusMonths(6));
        complete(place.champion(), AGREE_CONTRACT, Map.of("contractTerms", "Lift to school on Mondays",
                "contractReviewSchoolDays", 20, "contractAgreed", "REFUSED", "contractNotes", "Refused"));
        complete(place.champion(), REVIEW_SUPPORT, Map.of("supportOutcome", "CONSIDER_LEGAL",
                "supportReason", "No engagement"));
        complete(place.leader(), DECIDE_LEGAL_INTERVENTION, Map.of("legalDecision", "PENALTY_NOTICE",
                "legalReason", "Third term of absence", "parentContactId", mother.toString(),
                "noticeToImproveSkipReason", "Notice to improve ignored last year"));

        InboxTask again = await().atMost(WAIT).until(() -> steps(place.leader(), DECIDE_LEGAL_INTERVENTION),
                list -> list.size() == 1 && inbox.task(place.leader(), list.getFirst().id()).orElseThrow().variables()
                        .get("penaltyNoticeRefusal") != null).getFirst();
        assertThat((String) inbox.task(place.leader(), again.id()).orElseThrow().variables().get("penaltyNoticeRefusal"))
                .contains("2 penalty notices", "education supervision order");
        assertThat(steps(place.leader(), REQUEST_PENALTY_NOTICE)).isEmpty();
    }

    @Test
    void theLocalAuthoritySeesCountsPerRungAndNoOneOutsideTheSchoolGetsThePack() {
        UUID ladderId = ladders.start(place.leader(), place.caseId(), "Support not engaged with");
        await().atMost(WAIT).until(() -> !steps(place.champion(), AGREE_CONTRACT).isEmpty());

        UserAccount officer = data.localAuthorityOfficer(place.school().localAuthority());
        assertThat(ladders.countsPerSchool(officer)).containsExactly(
                new RungCount(place.school().id(), place.school().name(), LadderRung.STARTED, 1));
        assertThat(ladders.countsPerSchool(data.localAuthorityOfficer(TestData.newLocalAuthority()))).isEmpty();
        assertThatThrownBy(() -> ladders.countsPerSchool(place.champion())).isInstanceOf(AccessDeniedException.class);

        var otherSchool = data.school();
        for (UserAccount outsider : List.of(data.staff(otherSchool, Role.LEADER, "Head"),
                data.staff(otherSchool, Role.ATTENDANCE_CHAMPION, null), place.earlyHelpPartner(), officer)) {
            assertThatThrownBy(() -> ladders.evidencePack(outsider, ladderId))
                    .as(outsider.role().name()).isInstanceOf(RecordNotFoundException.class);
            assertThat(ladders.position(outsider, place.caseId())).as(outsider.role().name()).isEmpty();
        }
        assertThatThrownBy(() -> ladders.start(data.staff(otherSchool, Role.LEADER, "Head"), place.caseId(), "x"))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(audit.count("EVIDENCE_PACK_COPIED", "ladder", ladderId)).isZero();
        assertThatThrownBy(() -> ladders.start(place.champion(), place.caseId(), "again"))
                .hasMessageContaining("already started");
    }

    private String sentence() {
        return ladders.position(place.champion(), place.caseId()).orElseThrow().sentence();
    }

    private void complete(UserAccount who, String elementId, Map<String, Object> answers) {
        inbox.complete(who, awaitStep(who, elementId).id(), new HashMap<>(answers));
    }

    private InboxTask awaitStep(UserAccount who, String elementId) {
        return await().atMost(WAIT).until(() -> steps(who, elementId), list -> list.size() == 1).getFirst();
    }

    private List<InboxTask> steps(UserAccount who, String elementId) {
        return inbox.openStepsOfCase(who, place.caseId()).stream().filter(t -> t.elementId().equals(elementId))
                .toList();
    }
}
