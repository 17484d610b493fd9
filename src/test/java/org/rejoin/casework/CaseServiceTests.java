package org.rejoin.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoin.TestData;
import org.rejoin.pupil.AttendanceFigures;
import org.rejoin.pupil.AttendanceWeek;
import org.rejoin.pupil.PupilService;
import org.rejoin.pupil.SchoolInfo;
import org.rejoin.referral.AgencyService;
import org.rejoin.referral.AgencyType;
import org.rejoin.security.AuditTrail;
import org.rejoin.security.Oversight;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** Opening cases and who may reach them, on real PostgreSQL. */
@org.rejoin.RejoinTest
class CaseServiceTests {

    @Autowired
    CaseService cases;
    @Autowired
    TestData data;
    @Autowired
    AgencyService agencies;
    @Autowired
    AuditTrail audit;
    @Autowired
    PupilService pupils;
    @Autowired
    AttendanceFigures attendance;

    SchoolInfo school;
    UserAccount champion;
    UUID pupil;

    @BeforeEach
    void aSchoolWithAPupil() {
        school = data.school();
        champion = data.staff(school, Role.ATTENDANCE_CHAMPION, "Attendance champion");
        pupil = data.pupil(school, "Casey");
    }

    @Test
    void championOpensACaseByHandAndASecondOpenCaseIsRefused() {
        UUID caseId = cases.openByHand(champion, pupil, "Parent phoned: anxious about school since October");

        CaseDetails found = cases.find(champion, caseId).orElseThrow();
        assertThat(found.summary().origin()).isEqualTo(CaseOrigin.BY_HAND);
        assertThat(found.summary().state()).isEqualTo(CaseState.OPEN);
        assertThat(found.summary().pupilName()).isEqualTo("Pupil Casey");
        assertThat(found.openedBy()).isEqualTo(champion.username());
        assertThatThrownBy(() -> cases.openByHand(champion, pupil, "again"))
                .isInstanceOfSatisfying(CaseAlreadyOpenException.class,
                        e -> assertThat(e.openCaseId()).isEqualTo(caseId));
    }

    @Test
    void theAttendanceDataOpensOneCasePerPupilHoweverOftenItRaisesTheConcern() {
        assertThat(cases.openFromConcern(pupil, school.id(), "START_JOURNEY", "4-week attendance 85%")).isPresent();
        assertThat(cases.openFromConcern(pupil, school.id(), "URGENT", "4-week attendance 45%")).isEmpty();
        assertThat(cases.cases(champion, CaseState.OPEN, PageRequest.of(0, 10)).getTotalElements()).isEqualTo(1);
    }

    @Test
    void aReasonIsRequiredAndOnlyChampionsOpenCasesByHand() {
        assertThatThrownBy(() -> cases.openByHand(champion, pupil, "  "))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Say why you are opening a case");
        UserAccount tutor = data.staff(school, Role.SCHOOL_STAFF, "Form tutor");
        assertThatThrownBy(() -> cases.openByHand(tutor, pupil, "worried")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anotherSchoolAPartnerAndStaffOutsideTheTeamCannotReachTheCase() {
        UUID caseId = cases.openByHand(champion, pupil, "Mondays missed");
        SchoolInfo other = data.school();
        UserAccount otherChampion = data.staff(other, Role.ATTENDANCE_CHAMPION, null);
        UserAccount partner = data.partner(agencies.create("Early Help " + UUID.randomUUID(), AgencyType.EARLY_HELP,
                "Testshire").id());
        UserAccount tutor = data.staff(school, Role.SCHOOL_STAFF, "Form tutor");
        UserAccount leader = data.staff(school, Role.LEADER, "Deputy head");

        for (UserAccount outsider : List.of(otherChampion, partner, tutor)) {
            assertThat(cases.find(outsider, caseId)).as(outsider.username()).isEmpty();
            assertThat(cases.cases(outsider, null, PageRequest.of(0, 10)).getContent())
                    .extracting(CaseSummary::id).doesNotContain(caseId);
        }
        assertThat(audit.count("ACCESS_DENIED", "case", caseId)).isEqualTo(3);
        assertThat(cases.find(leader, caseId)).isPresent();

        cases.recordTeam(caseId, champion.username(), tutor.username(), List.of());
        assertThat(cases.find(tutor, caseId)).isPresent();
        assertThat(cases.find(tutor, caseId).orElseThrow().team()).extracting(CaseDetails.TeamMember::role)
                .containsExactlyInAnyOrder(CaseDetails.TeamRole.LEAD_CHAMPION, CaseDetails.TeamRole.KEY_ADULT);
    }

    @Test
    void closingACaseLetsANewConcernOpenAnother() {
        UUID first = cases.openByHand(champion, pupil, "Late every day");
        cases.close(first, "Attendance back above 96%", "test-close:" + first);
        cases.close(first, "closed twice", "test-close-again:" + first);

        assertThat(cases.find(champion, first).orElseThrow().closedReason()).isEqualTo("Attendance back above 96%");
        UUID second = cases.openByHand(champion, pupil, "Dropping again after Easter");
        assertThat(second).isNotEqualTo(first);
        assertThat(cases.casesOfPupil(champion, pupil)).extracting(CaseSummary::id).containsExactly(second, first);
    }

    @Test
    void aCaseComparesThePupilsAttendanceFromTheDayItOpensUntilTheDayItCloses() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        LocalDate thisMonday = today.with(DayOfWeek.MONDAY);
        record(thisMonday.minusWeeks(2), 8);
        record(thisMonday.minusWeeks(1), 7);
        UUID caseId = cases.openByHand(champion, pupil, "Attendance dropping");
        record(thisMonday.plusWeeks(1), 10);
        UserAccount leader = data.staff(school, Role.LEADER, "Headteacher");

        assertThat(windowOf(leader, caseId)).containsExactly(15L, 20L, 10L, 10L);
        record(thisMonday.plusWeeks(2), 5);
        assertThat(windowOf(leader, caseId)).containsExactly(15L, 20L, 15L, 20L);

        cases.close(caseId, "Back in school", "test-close:" + caseId);
        assertThat(windowOf(leader, caseId)).as("weeks after the case closed are not its outcome")
                .containsExactly(15L, 20L, 0L, 0L);
    }

    private void record(LocalDate monday, int present) {
        pupils.recordAttendance(List.of(new AttendanceWeek(pupil, monday, 10, present, 0, 10 - present, 0, null)));
    }

    private List<Long> windowOf(UserAccount leader, UUID caseId) {
        var row = attendance.beforeAndSince(Oversight.of(leader), LocalDate.now(ZoneId.of("Europe/London")),
                PageRequest.of(0, 10)).getContent().stream().filter(r -> r.key().equals(caseId)).findFirst().orElseThrow();
        return List.of(row.beforePresent(), row.beforePossible(), row.sincePresent(), row.sincePossible());
    }
}
