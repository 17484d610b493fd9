package org.rejoin.ladder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.rejoin.ladder.FormalSupportProcess.Elements.DECIDE_LEGAL_INTERVENTION;
import static org.rejoin.ladder.FormalSupportProcess.Elements.REQUEST_PENALTY_NOTICE;

import io.camunda.client.CamundaClient;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rejoin.attendance.StatutoryThresholdProcess;
import org.rejoin.attendance.StatutoryThresholdProcess.Elements;
import org.rejoin.engine.Messages;
import org.rejoin.inbox.InboxService;
import org.rejoin.inbox.InboxTask;
import org.rejoin.ladder.internal.SupportOffered;
import org.rejoin.referral.ReferralTestData;
import org.rejoin.security.UserAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The national framework step in the whole app: it links to the pupil's case and shows the support offered on it
 * from the records; the champion starts formal support from it straight at a leader's decision; and support
 * recorded outside the ladder counts for the guard rails at the boundary: no support, the penalty notice is
 * refused; an agreed support plan with its steps, it is allowed.
 */
@org.rejoin.RejoinTest
class LadderFromThresholdTests {

    static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired
    LadderService ladders;
    @Autowired
    ReferralTestData fixture;
    @Autowired
    InboxService inbox;
    @Autowired
    CamundaClient camunda;
    @Autowired
    SupportOffered supportOffered;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theChampionStartsFormalSupportFromTheThresholdStepAndOnlyRecordedSupportLetsAPenaltyNoticeThrough() {
        ReferralTestData.Place place = fixture.place();
        UUID mother = UUID.randomUUID();
        jdbc.update("insert into pupil_contact (id, pupil_id, school_id, name, relationship, parental_responsibility) "
                + "values (?, ?, ?, 'Ms Threshold Parent', 'Mother', true)", mother, place.pupil(), place.school().id());
        reachTheNationalFrameworkThreshold(place);

        InboxTask consider = awaitStep(place.champion(), place.caseId(), Elements.CONSIDER_NATIONAL_FRAMEWORK);
        Map<String, Object> shown = inbox.task(place.champion(), consider.id()).orElseThrow().variables();
        assertThat(shown).containsEntry("caseId", place.caseId().toString());
        assertThat((String) shown.get("supportOffered")).doesNotContain("No case is open");
        assertThat(supportOffered.recorded(place.caseId())).isFalse();
        inbox.complete(place.champion(), consider.id(), Map.of("nationalFrameworkDecision", "LEADER_DECISION",
                "nationalFrameworkReason", "Twelve sessions of unauthorised absence since half term"));

        InboxTask decide = awaitStep(place.leader(), place.caseId(), DECIDE_LEGAL_INTERVENTION);
        assertThat(jdbc.queryForObject("select started_from from ladder where case_id = ?", String.class,
                place.caseId())).isEqualTo("THRESHOLD");
        assertThat(ladders.position(place.champion(), place.caseId()).orElseThrow().rung()).isEqualTo(LadderRung.STARTED);
        askForAPenaltyNotice(place, decide, mother);
        InboxTask refused = await().atMost(WAIT).until(() -> steps(place.leader(), place.caseId(),
                DECIDE_LEGAL_INTERVENTION), list -> list.size() == 1 && !list.getFirst().id().equals(decide.id()))
                .getFirst();
        assertThat((String) inbox.task(place.leader(), refused.id()).orElseThrow().variables()
                .get("penaltyNoticeRefusal")).contains("no support is recorded");

        agreeAPlanWithItsSteps(place);
        assertThat(supportOffered.recorded(place.caseId())).isTrue();
        assertThat(supportOffered.of(place.caseId())).extracting(SupportOffered.Offer::what)
                .contains("Support plan step 1: Key adult meets him at the gate (working on it now)");
        askForAPenaltyNotice(place, refused, mother);
        InboxTask request = awaitStep(place.leader(), place.caseId(), REQUEST_PENALTY_NOTICE);
        assertThat(inbox.task(place.leader(), request.id()).orElseThrow().variables())
                .containsEntry("penaltyNoticeLevel", "FIRST").containsEntry("penaltyNoticeAmount", 80);
    }

    private void reachTheNationalFrameworkThreshold(ReferralTestData.Place place) {
        // what ThresholdWatch publishes after a register import
        String key = "NATIONAL_FRAMEWORK:" + place.pupil() + ":test";
        Map<String, Object> variables = new HashMap<>();
        variables.put("threshold", "NATIONAL_FRAMEWORK");
        variables.put("schoolId", place.school().id().toString());
        variables.put("pupilId", place.pupil().toString());
        variables.put("unauthorisedSessions", 12);
        variables.put("periodStart", LocalDate.now().minusWeeks(9).toString());
        variables.put("reachedOn", LocalDate.now().toString());
        Messages.publishOnce(camunda, StatutoryThresholdProcess.MESSAGE_THRESHOLD_REACHED, key, key,
                Duration.ofMinutes(5), variables);
    }

    private void askForAPenaltyNotice(ReferralTestData.Place place, InboxTask decide, UUID mother) {
        inbox.complete(place.leader(), decide.id(), Map.of("legalDecision", "PENALTY_NOTICE",
                "legalReason", "No improvement since the threshold", "parentContactId", mother.toString(),
                "noticeToImproveSkipReason", "Term-time holiday taken after a refused request"));
    }

    private void agreeAPlanWithItsSteps(ReferralTestData.Place place) {
        jdbc.update("insert into support_plan (case_id, school_id, pupil_id, state, review_every) "
                + "values (?, ?, ?, 'WORKING_ON_STEPS', 'P14D')", place.caseId(), place.school().id(), place.pupil());
        jdbc.update("insert into plan_step (id, case_id, position, plan_index, description, state, started_on) "
                + "values (?, ?, 1, 0, 'Key adult meets him at the gate', 'CURRENT', ?)", UUID.randomUUID(),
                place.caseId(), LocalDate.now().minusWeeks(3));
    }

    private InboxTask awaitStep(UserAccount who, UUID caseId, String elementId) {
        return await().atMost(WAIT).until(() -> steps(who, caseId, elementId), list -> list.size() == 1).getFirst();
    }

    private List<InboxTask> steps(UserAccount who, UUID caseId, String elementId) {
        return inbox.openStepsOfCase(who, caseId).stream().filter(t -> t.elementId().equals(elementId)).toList();
    }
}
