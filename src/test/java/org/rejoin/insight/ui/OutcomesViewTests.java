package org.rejoin.insight.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rejoin.insight.OutcomeRows.september;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.html.Anchor;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoin.TestData;
import org.rejoin.ViewTestSupport;
import org.rejoin.base.ui.FigureChart;
import org.rejoin.base.ui.UkDates;
import org.rejoin.insight.OutcomeRows;
import org.rejoin.insight.OverviewRows;
import org.rejoin.pupil.AttendanceBeforeAndSince;
import org.rejoin.pupil.AttendanceFigures;
import org.rejoin.pupil.PupilService;
import org.rejoin.pupil.SchoolInfo;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The outcomes page, browserless. T = the second Monday of September this school year; M = last month.
 * <pre>
 * school A  Ashby: case opened Wed T+1w; T 6/10, T+1w 4/10 (before 10/20 = 50%), T+2w 9/10, T+3w 10/10 (95%)
 *           Brook: no case; 10/10 every week T to T+3w   -> PA 1 of 2 each week (50%), severe 1 of 2 at T+1w
 *           Cole: case opened 10 days before its plan started, M day 10 (no attendance: not yet compared)
 * school B  Dale: case opened Wed T+1w; T+1w 2/10, T+2w 3/10  (same authority)
 * </pre>
 */
class OutcomesViewTests extends ViewTestSupport {

    @Autowired JdbcTemplate jdbc;
    @Autowired TestData data;
    @Autowired PupilService pupils;

    String authority = TestData.newLocalAuthority();
    SchoolInfo a;
    SchoolInfo b;
    UserAccount leaderA;
    OutcomeRows.Case ashby;
    LocalDate t;
    YearMonth m = YearMonth.now(ZoneId.of("Europe/London")).minusMonths(1);

    @BeforeEach
    void twoSchoolsCountedByHand() {
        t = september(AttendanceFigures.schoolYearStart(LocalDate.now(ZoneId.of("Europe/London"))));
        a = data.school(authority);
        b = data.school(authority);
        leaderA = data.staff(a, Role.LEADER, "Headteacher");
        var rowsA = new OutcomeRows(jdbc, data, pupils, a);
        ashby = rowsA.caseOf("Ashby", t.plusWeeks(1).plusDays(2), null);
        var brook = rowsA.pupil("Brook");
        int[] present = {6, 4, 9, 10};
        for (int w = 0; w < 4; w++) {
            rowsA.week(ashby.pupil(), t.plusWeeks(w), present[w], 10);
            rowsA.week(brook, t.plusWeeks(w), 10, 10);
        }
        rowsA.planAfter("Cole", 10, m.atDay(10));
        var rowsB = new OutcomeRows(jdbc, data, pupils, b);
        var dale = rowsB.caseOf("Dale", t.plusWeeks(1).plusDays(2), null);
        rowsB.week(dale.pupil(), t.plusWeeks(1), 2, 10);
        rowsB.week(dale.pupil(), t.plusWeeks(2), 3, 10);
    }

    @Test
    void aLeaderSeesEveryChartWithItsFiguresInATableAndOpensACaseFromItsPupil() {
        signInAs(leaderA.username());
        navigate("outcomes");
        OutcomesView page = _get(OutcomesView.class);

        assertThat(page.title.getText()).isEqualTo("Outcomes");
        assertThat(rows(page.attendance.beforeAndSince)).containsExactly(
                List.of("Six school weeks before the case opened", "50.0%"), List.of("Since the case opened", "95.0%"));
        assertThat(page.attendance.beforeAndSince.getSummary()).isEqualTo("Attendance of the 1 case with attendance "
                + "recorded on both sides: 50.0% in the six school weeks before each opened, 95.0% since.");
        assertThat(rows(page.attendance.changes)).containsExactly(List.of("Improved", "1"),
                List.of("About the same", "0"), List.of("Worse", "0"), List.of("Not enough attendance yet", "1"));
        assertThat(cases(page)).extracting(AttendanceBeforeAndSince::pupilName).containsExactly("Pupil Ashby", "Pupil Cole");
        assertThat(page.attendance.cases.getColumnByKey("school")).isNull();
        Anchor link = (Anchor) GridKt._getCellComponent(page.attendance.cases, 0, "pupil");
        assertThat(link.getHref()).isEqualTo("cases/" + ashby.id());
        assertThat(GridKt._getFormatted(page.attendance.cases, 0, "change")).isEqualTo("Up 45.0 points");

        assertThat(rows(page.absence.chart)).containsExactly(
                List.of(UkDates.format(t), "50.0%", "0.0%", "2"), List.of(UkDates.format(t.plusWeeks(1)), "50.0%", "50.0%", "2"),
                List.of(UkDates.format(t.plusWeeks(2)), "50.0%", "0.0%", "2"),
                List.of(UkDates.format(t.plusWeeks(3)), "50.0%", "0.0%", "2"));
        assertThat(page.absence.chart.getSummary()).contains("Latest: 50.0% persistently absent, 0.0% severely absent.");

        assertThat(page.timeToPlan.median.getText()).isEqualTo("10 days");
        assertThat(rows(page.timeToPlan.spread)).containsExactly(List.of("Under 2 weeks", "1"),
                List.of("2 to 4 weeks", "0"), List.of("4 to 8 weeks", "0"), List.of("8 weeks or more", "0"));
        assertThat(rows(page.timeToPlan.byMonth)).hasSize(13).contains(List.of(month(m), "10 days", "1"),
                List.of(month(m.minusMonths(1)), "none", "0"));
        assertThat(page.getElement().getTextRecursively()).doesNotContain(b.name(), "Dale");
    }

    @Test
    void anOfficerSeesBothSchoolsByNameWithoutLinksAndCanNarrowToOne() {
        signInAs(data.localAuthorityOfficer(authority).username());
        navigate("outcomes");
        OutcomesView page = _get(OutcomesView.class);

        assertThat(page.title.getText()).isEqualTo("Outcomes: " + authority);
        assertThat(cases(page)).extracting(AttendanceBeforeAndSince::pupilName)
                .containsExactly("Pupil Dale", "Pupil Ashby", "Pupil Cole");
        assertThat(GridKt._getFormatted(page.attendance.cases, 0, "school")).isEqualTo(b.name());
        assertThat(GridKt._getFormatted(page.attendance.cases, 0, "pupil")).isEqualTo("Pupil Dale");
        assertThat(rows(page.attendance.changes)).containsExactly(List.of("Improved", "2"),
                List.of("About the same", "0"), List.of("Worse", "0"), List.of("Not enough attendance yet", "1"));
        // T+1w: A 1 of 2 persistently and severely absent, B's Dale both -> 2 of 3; T+3w: B at T+2w
        assertThat(rows(page.absence.chart)).contains(
                List.of(UkDates.format(t.plusWeeks(1)), "66.7%", "66.7%", "3", "2"),
                List.of(UkDates.format(t.plusWeeks(3)), "66.7%", "33.3%", "3", "1"));

        navigate("outcomes?school=" + b.id());
        page = _get(OutcomesView.class);
        assertThat(page.title.getText()).isEqualTo("Outcomes: " + b.name());
        assertThat(cases(page)).extracting(AttendanceBeforeAndSince::pupilName).containsExactly("Pupil Dale");
        assertThat(rows(page.attendance.beforeAndSince)).containsExactly(
                List.of("Six school weeks before the case opened", "20.0%"), List.of("Since the case opened", "30.0%"));
        assertThat(page.timeToPlan.median.getText()).isEqualTo("none yet");
    }

    @Test
    void howLongStepsTakeIsCountedOverEverySchoolOfTheAuthority() {
        var inA = new OverviewRows(jdbc, data, a);
        var inB = new OverviewRows(jdbc, data, b);
        inA.completedTask(inA.openCase("Eames", "UNDERSTANDING"), OverviewRows.JOURNEY, "Task_GatherEvidence",
                Duration.ofHours(2), Duration.ofDays(3));
        inB.completedTask(inB.openCase("Fenn", "UNDERSTANDING"), OverviewRows.JOURNEY, "Task_GatherEvidence",
                Duration.ofHours(6), Duration.ofDays(3));
        signInAs(data.localAuthorityOfficer(authority).username());
        navigate("outcomes");

        OutcomesView page = _get(OutcomesView.class);
        // the median of 2 and 6 hours over both schools
        assertThat(page.journeyTimes.getElement().getTextRecursively()).contains("Step Task_GatherEvidence24 hours");
    }

    @Test
    void anotherSchoolNamedInTheAddressShowsNothingOfIt() {
        signInAs(leaderA.username());
        navigate("outcomes?school=" + b.id());

        OutcomesView page = _get(OutcomesView.class);
        assertThat(page.attendance).isNull();
        assertThat(_find(FigureChart.class)).isEmpty();
        assertThat(page.getElement().getTextRecursively()).contains("This school is not one you oversee")
                .doesNotContain(b.name(), "Dale");
    }

    @Test
    void anOfficerOfAnotherAuthorityNamingASchoolSeesNothingOfIt() {
        signInAs(data.localAuthorityOfficer(TestData.newLocalAuthority()).username());
        navigate("outcomes?school=" + a.id());

        assertThat(_find(FigureChart.class)).isEmpty();
        assertThat(_get(OutcomesView.class).getElement().getTextRecursively()).doesNotContain(a.name(), "Ashby");
    }

    @Test
    void championsAreRefused() {
        signInAs(data.staff(a, Role.ATTENDANCE_CHAMPION, "Champion").username());
        assertThatThrownBy(() -> navigate("outcomes")).isInstanceOf(MockAccessDeniedException.class);
    }

    private static List<List<String>> rows(FigureChart chart) {
        return chart.getTable().rows();
    }

    private static List<AttendanceBeforeAndSince> cases(OutcomesView page) {
        var grid = page.attendance.cases;
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }

    private static String month(YearMonth month) {
        return java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", UkDates.LOCALE).format(month);
    }
}
