package org.rejoin.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoin.RejoinTest;
import org.rejoin.TestData;
import org.rejoin.casework.CaseStage;
import org.rejoin.casework.CaseSummary;
import org.rejoin.insight.CaseListFilter.Kind;
import org.rejoin.pupil.AttendanceWeek;
import org.rejoin.pupil.PupilService;
import org.rejoin.pupil.SchoolFigures;
import org.rejoin.pupil.SchoolInfo;
import org.rejoin.security.Oversight;
import org.rejoin.security.UserAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A local authority officer's overview on PostgreSQL: two schools of the authority counted together and
 * side by side, one of them alone on asking, and nothing of another authority's school however asked.
 */
@RejoinTest
class LocalAuthorityOverviewTests {

    @Autowired JdbcTemplate jdbc;
    @Autowired TestData data;
    @Autowired Overview overview;
    @Autowired OverviewCases lists;
    @Autowired PupilService pupils;
    @Autowired CaseListExport export;
    @Autowired org.rejoin.security.AuditTrail audit;

    OverviewScenario a;
    OverviewScenario b;
    OverviewScenario elsewhere;
    UserAccount officer;

    @BeforeEach
    void twoSchoolsOfOneAuthorityAndOneOfAnother() {
        String authority = TestData.newLocalAuthority();
        a = OverviewScenario.create(jdbc, data, data.school(authority));
        b = OverviewScenario.create(jdbc, data, data.school(authority));
        elsewhere = OverviewScenario.create(jdbc, data, data.school(TestData.newLocalAuthority()));
        officer = data.localAuthorityOfficer(authority);
    }

    @Test
    void theAuthorityCountsBothOfItsSchoolsTogether() {
        Overview.Figures figures = overview.of(officer, null);

        assertThat(figures.casesByStage()).isEqualTo(Map.of(CaseStage.UNDERSTANDING, 4L, CaseStage.SUPPORT_PLAN, 6L));
        assertThat(figures.openSteps()).extracting(e -> e.elementId() + "=" + e.openTasks())
                .containsExactly("Task_ColleagueInformation=4", "Task_GatherEvidence=4", "Task_Review=4");
        assertThat(figures.comingUp()).containsEntry(org.rejoin.support.PlanFigures.Kind.REVIEWS_DUE_THIS_WEEK, 2L);
        assertThat(figures.overdueByPerson()).as("people are compared within a school, not across 200").isEmpty();
        assertThat(figures.stepTimes()).as("an authority's step times are on the Outcomes page").isEmpty();
        assertThat(lists.list(officer, CaseListFilter.of(Kind.STAGE, "stage", "UNDERSTANDING"), PageRequest.of(0, 10)))
                .extracting(CaseSummary::id).containsExactlyInAnyOrder(a.c1(), a.c2(), b.c1(), b.c2());
    }

    @Test
    void eachSchoolIsOneRowOfTheComparison() {
        List<SchoolComparison.Row> rows = overview.of(officer, null).schools();

        // per school: overdue = 3 held by the champion + 1 unclaimed; open referrals = 2 sent, 1 accepted,
        // 1 more sent, 1 requested; past the answer-by date = the two sent ones whose deadline has gone
        assertThat(rows).extracting(r -> r.school().id(), SchoolComparison.Row::understanding,
                        SchoolComparison.Row::supportPlan, SchoolComparison.Row::overdueSteps,
                        SchoolComparison.Row::openReferrals, SchoolComparison.Row::referralsPastAnswerBy,
                        SchoolComparison.Row::reviewsDueThisWeek)
                .containsExactlyInAnyOrder(tuple(a.school().id(), 2L, 3L, 4L, 5L, 2L, 1L),
                        tuple(b.school().id(), 2L, 3L, 4L, 5L, 2L, 1L));
        assertThat(rows).extracting(r -> r.school().id()).doesNotContain(elsewhere.school().id());
    }

    @Test
    void attendanceIsAddedUpAcrossTheSchoolsAndShownPerSchool() {
        LocalDate week = firstMondayOfThisSchoolYear();
        record(a.school(), week, 10, 8);
        record(b.school(), week, 4);
        record(elsewhere.school(), week, 0);

        SchoolFigures together = overview.of(officer, null).attendance();
        assertThat(together.pupils()).isEqualTo(3);
        assertThat(together.persistentlyAbsent()).isEqualTo(2); // missed 20% and 60%
        assertThat(together.severelyAbsent()).isEqualTo(1);
        assertThat(together.attendancePercent()).isCloseTo(100.0 * 22 / 30, org.assertj.core.data.Offset.offset(0.01));
        assertThat(pupils.figuresBySchool(Oversight.of(officer))).containsOnlyKeys(a.school().id(), b.school().id());
    }

    @Test
    void oneSchoolOfTheAuthorityCanBeLookedAtAlone() {
        Overview.Figures onlyA = overview.of(officer, a.school().id().toString());

        assertThat(onlyA.casesByStage()).isEqualTo(Map.of(CaseStage.UNDERSTANDING, 2L, CaseStage.SUPPORT_PLAN, 3L));
        assertThat(onlyA.schools()).isEmpty();
        assertThat(onlyA.stepTimes()).extracting(t -> t.elementId() + "=" + t.completed())
                .containsExactly("Task_GatherEvidence=1");
        assertThat(onlyA.overdueByPerson()).extracting(o -> o.overdueTasks()).containsExactly(3, 1);
        var list = CaseListFilter.of(Kind.STAGE, "stage", "UNDERSTANDING").ofSchool(a.school().id().toString());
        assertThat(lists.list(officer, list, PageRequest.of(0, 10))).extracting(CaseSummary::id)
                .containsExactlyInAnyOrder(a.c1(), a.c2());
    }

    @Test
    void anotherAuthoritysSchoolOrAnotherSchoolsLeaderGetsNothingByAddress() {
        String elsewhereId = elsewhere.school().id().toString();
        assertThat(overview.of(officer, elsewhereId).scope().isEmpty()).isTrue();
        assertThat(overview.of(officer, elsewhereId).casesByStage()).isEmpty();
        assertThat(overview.of(officer, "not-a-school").scope().isEmpty()).isTrue();
        assertThat(overview.of(a.leader(), b.school().id().toString()).casesByStage()).isEmpty();
        assertThat(overview.of(a.leader(), a.school().id().toString()).casesByStage())
                .containsEntry(CaseStage.UNDERSTANDING, 2L);
        var elsewhereList = CaseListFilter.of(Kind.STAGE, "stage", "UNDERSTANDING").ofSchool(elsewhereId);
        assertThat(lists.list(officer, elsewhereList, PageRequest.of(0, 10))).isEmpty();
        assertThat(lists.list(a.leader(), CaseListFilter.of(Kind.STAGE, "stage", "UNDERSTANDING")
                .ofSchool(b.school().id().toString()), PageRequest.of(0, 10))).isEmpty();
    }

    @Test
    void theOfficersSpreadsheetHoldsBothSchoolsCasesAndIsAuditedAgainstTheAuthority() {
        String csv = new String(export.csv(officer, CaseListFilter.of(Kind.STAGE, "stage", "UNDERSTANDING")),
                java.nio.charset.StandardCharsets.UTF_8);

        assertThat(csv.lines().skip(1)).hasSize(4).allMatch(line -> line.startsWith("Pupil Ashby,")
                || line.startsWith("Pupil Brook,"));
        assertThat(csv.lines().skip(1).map(line -> line.substring(line.lastIndexOf(',') + 1)))
                .containsExactlyInAnyOrder(a.school().name(), a.school().name(), b.school().name(), b.school().name());
        assertThat(audit.count("EXPORTED", "case_list", officer.localAuthority())).isEqualTo(1);
    }

    @Test
    void anOfficerOfNoAuthorityWithSchoolsSeesNoSchools() {
        UserAccount lonely = data.localAuthorityOfficer(TestData.newLocalAuthority());
        assertThat(overview.of(lonely, null).schools()).isEmpty();
        assertThat(overview.of(lonely, null).casesByStage()).isEqualTo(
                Map.of(CaseStage.UNDERSTANDING, 0L, CaseStage.SUPPORT_PLAN, 0L));
    }

    private void record(SchoolInfo school, LocalDate week, int... presentOfTen) {
        for (int present : presentOfTen) {
            UUID pupil = data.pupil(school, "Attender" + present);
            pupils.recordAttendance(List.of(new AttendanceWeek(pupil, week, 10, present, 10 - present, 0, 0, null)));
        }
    }

    private static LocalDate firstMondayOfThisSchoolYear() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        LocalDate september = LocalDate.of(today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1, 9, 1);
        return september.with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    }
}
