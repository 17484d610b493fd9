package org.rejoin.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoin.TestData;
import org.rejoin.casework.CaseDetails;
import org.rejoin.casework.CaseService;
import org.rejoin.casework.CaseStage;
import org.rejoin.casework.CaseState;
import org.rejoin.casework.CaseSummary;
import org.rejoin.casework.Chronology;
import org.rejoin.casework.EntryKind;
import org.rejoin.inbox.InboxList;
import org.rejoin.inbox.InboxService;
import org.rejoin.inbox.InboxTask;
import org.rejoin.inbox.TaskFilter;
import org.rejoin.pupil.AttendanceImportService;
import org.rejoin.pupil.PupilService;
import org.rejoin.pupil.SchoolInfo;
import org.rejoin.security.Role;
import org.rejoin.security.SchoolStaff;
import org.rejoin.security.UserAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The journey in the whole app on the in-memory engine: an import raises the concern, a case opens, the
 * journey starts, steps are completed through the inbox as people would, the team's colleagues get
 * their own tasks and see the case, and a safeguarding concern reaches the DSL at once.
 */
@org.rejoin.RejoinTest
class JourneyInTheAppTests {

    static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    TestData data;
    @Autowired
    AttendanceImportService imports;
    @Autowired
    PupilService pupils;
    @Autowired
    CaseService cases;
    @Autowired
    Chronology chronology;
    @Autowired
    InboxService inbox;
    @Autowired
    SchoolStaff staff;
    @Autowired
    JdbcTemplate jdbc;

    SchoolInfo school;
    UserAccount champion;
    UserAccount tutor;
    UserAccount dsl;
    UUID struggling;
    UUID thriving;

    @BeforeEach
    void aSchoolWithTwoPupilsAndItsStaff() {
        school = data.school();
        champion = data.staff(school, Role.ATTENDANCE_CHAMPION, "Attendance champion");
        tutor = data.staff(school, Role.SCHOOL_STAFF, "Form tutor");
        dsl = data.staff(school, Role.SCHOOL_STAFF, "Designated safeguarding lead");
        staff.designateSafeguardingLead(data.admin(), dsl.id(), true);
        struggling = data.pupil(school, "Struggling");
        thriving = data.pupil(school, "Thriving");
    }

    @Test
    void anImportOfFallingAttendanceOpensOneCaseAndStartsTheJourney() {
        importSixWeeks();

        CaseSummary opened = await().atMost(WAIT).until(() -> openCaseOf(struggling), Optional::isPresent).orElseThrow();
        assertThat(openCaseOf(thriving)).isEmpty();
        InboxTask first = awaitOpenStep(opened.id(), JourneyProcess.Elements.ACT_ON_DROP);
        assertThat(first.pupilId()).isEqualTo(struggling);
        assertThat(first.name()).isEqualTo("1. Take action as soon as you notice a drop in attendance");

        importSixWeeks(); // the same weeks again: still one case, one journey
        await().pollDelay(Duration.ofSeconds(2)).atMost(WAIT).until(() -> true);
        assertThat(cases.casesOfPupil(champion, struggling)).hasSize(1);
        assertThat(inbox.openStepsOfCase(champion, opened.id())).hasSize(1);
    }

    @Test
    void theTeamChosenInStepThreeGetTheirOwnTasksAndSeeTheCase() {
        UUID caseId = cases.openByHand(champion, struggling, "Parent phoned about anxiety");
        complete(caseId, JourneyProcess.Elements.ACT_ON_DROP, Map.of("concernConfirmed", "yes",
                "patternNotes", "Mondays missed", "leadChampion", champion.username()));
        complete(caseId, JourneyProcess.Elements.GATHER_EVIDENCE, evidence());
        assertThat(cases.find(tutor, caseId)).isEmpty();
        complete(caseId, JourneyProcess.Elements.ASSEMBLE_TEAM, Map.of("keyAdult", champion.username(),
                "colleagues", List.of(tutor.username())));

        InboxTask asked = awaitOpenStep(caseId, JourneyProcess.Elements.COLLEAGUE_INFORMATION);
        assertThat(asked.assignee()).isEqualTo(tutor.username());
        assertThat(inbox.myTasks(tutor, PageRequest.of(0, 10)).getContent()).extracting(InboxTask::id)
                .contains(asked.id());
        awaitOpenStep(caseId, JourneyProcess.Elements.GATHER_PUPIL_INFORMATION);
        CaseDetails seenByTutor = cases.find(tutor, caseId).orElseThrow();
        assertThat(seenByTutor.team()).extracting(CaseDetails.TeamMember::username)
                .contains(champion.username(), tutor.username());
        await().atMost(WAIT).until(() -> chronology.entries(champion, caseId, Set.of(EntryKind.TASK),
                PageRequest.of(0, 10)).getTotalElements() == 3);
    }

    @Test
    void aSafeguardingConcernGivesTheDslAnUrgentTaskWhileTheJourneyGoesOn() {
        UUID caseId = cases.openByHand(champion, struggling, "Seems withdrawn");
        awaitOpenStep(caseId, JourneyProcess.Elements.ACT_ON_DROP);

        chronology.raiseSafeguardingConcern(champion, caseId, "Said there is no food at home");

        InboxTask urgent = await().atMost(WAIT).until(() -> inbox.list(dsl, InboxList.GROUPS, TaskFilter.NONE,
                PageRequest.of(0, 10)).getContent().stream().filter(t -> caseId.equals(t.caseId())).findFirst(),
                Optional::isPresent).orElseThrow();
        assertThat(urgent.elementId()).isEqualTo(JourneyProcess.Elements.RESPOND_TO_SAFEGUARDING);
        assertThat(urgent.priority()).isEqualTo(100);
        assertThat(inbox.openStepsOfCase(champion, caseId)).extracting(InboxTask::elementId)
                .contains(JourneyProcess.Elements.ACT_ON_DROP);

        // the DSL's response is confidential: not in the "case so far" other steps show
        inbox.complete(dsl, urgent.id(), Map.of("safeguardingAction", "EARLY_HELP",
                "safeguardingNotes", "Spoke to mum; Early Help referral made"));
        await().atMost(WAIT).until(() -> chronology.entries(dsl, caseId, Set.of(EntryKind.SAFEGUARDING),
                PageRequest.of(0, 10)).getTotalElements() == 2);
        assertThat(inbox.caseHistory(dsl, caseId)).extracting(org.rejoin.inbox.CompletedStep::step)
                .doesNotContain(urgent.name());
        assertThat(chronology.entries(champion, caseId, Set.of(EntryKind.SAFEGUARDING), PageRequest.of(0, 10))
                .getContent()).extracting(org.rejoin.casework.ChronologyEntry::actor)
                .containsOnly(champion.username());
    }

    @Test
    void aSafeguardingConcernAfterTheJourneyStillReachesTheDslAtOnce() {
        UUID caseId = cases.openByHand(champion, struggling, "Plan under way");
        awaitOpenStep(caseId, JourneyProcess.Elements.ACT_ON_DROP);
        cases.moveToStage(caseId, CaseStage.SUPPORT_PLAN); // as step 8 leaves it

        chronology.raiseSafeguardingConcern(champion, caseId, "Arrived with an injury to the face");

        InboxTask urgent = await().atMost(WAIT).until(() -> inbox.list(dsl, InboxList.GROUPS, TaskFilter.NONE,
                PageRequest.of(0, 10)).getContent().stream().filter(t -> caseId.equals(t.caseId())).findFirst(),
                Optional::isPresent).orElseThrow();
        assertThat(urgent.processId()).isEqualTo("safeguarding-concern");
        assertThat(urgent.pupilId()).isEqualTo(struggling);
        assertThat(urgent.priority()).isEqualTo(100);
    }

    @Test
    void anUnconfirmedConcernClosesTheCase() {
        UUID caseId = cases.openByHand(champion, struggling, "Two odd days");
        complete(caseId, JourneyProcess.Elements.ACT_ON_DROP, Map.of("concernConfirmed", "no",
                "patternNotes", "Two medical appointments", "closeReason", "Both absences were hospital appointments"));

        await().atMost(WAIT).until(() -> cases.find(champion, caseId).orElseThrow().summary().state() == CaseState.CLOSED);
        assertThat(cases.find(champion, caseId).orElseThrow().closedReason()).contains("hospital appointments");
    }

    private static Map<String, Object> evidence() {
        return Map.of("patterns", "Mondays and Fridays since October", "lessonsMissed", "PE, maths",
                "knownContext", "Moved house in the summer", "previousSupport", "None yet");
    }

    private void complete(UUID caseId, String elementId, Map<String, Object> answers) {
        InboxTask task = awaitOpenStep(caseId, elementId);
        inbox.complete(champion, task.id(), answers);
    }

    private InboxTask awaitOpenStep(UUID caseId, String elementId) {
        return await().atMost(WAIT).until(() -> inbox.openStepsOfCase(champion, caseId).stream()
                .filter(t -> t.elementId().equals(elementId)).findFirst(), Optional::isPresent).orElseThrow();
    }

    private Optional<CaseSummary> openCaseOf(UUID pupil) {
        return cases.casesOfPupil(champion, pupil).stream().filter(c -> c.state() == CaseState.OPEN).findFirst();
    }

    private void importSixWeeks() {
        String struggler = pupils.pupil(champion, struggling).orElseThrow().upn();
        String thriver = pupils.pupil(champion, thriving).orElseThrow().upn();
        LocalDate monday = LocalDate.now().with(TemporalAdjusters.previous(DayOfWeek.MONDAY)).minusWeeks(1);
        StringBuilder csv = new StringBuilder("UPN,Week starting,Sessions possible,Present,Authorised absence,"
                + "Unauthorised absence,Late\n");
        for (int w = 5; w >= 0; w--) {
            LocalDate week = monday.minusWeeks(w);
            csv.append(struggler).append(',').append(week).append(",10,6,1,3,0\n");
            csv.append(thriver).append(',').append(week).append(",10,10,0,0,0\n");
        }
        var result = imports.importCsv(champion, new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
                "weekly.csv", (phase, done, total) -> { });
        assertThat(result.errors()).isEmpty();
    }
}
