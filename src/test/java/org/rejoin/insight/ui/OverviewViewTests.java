package org.rejoin.insight.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.RouterLinkKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoin.TestData;
import org.rejoin.ViewTestSupport;
import org.rejoin.casework.CaseSummary;
import org.rejoin.insight.OverviewScenario;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A leader's overview, browserless: figures, diagram badges, and a number opening the cases behind it. */
class OverviewViewTests extends ViewTestSupport {

    static final String GATHER_EVIDENCE_LIST =
            "overview/cases?list=element&process=barrier-understanding&element=Task_GatherEvidence";

    @Autowired JdbcTemplate jdbc;
    @Autowired TestData data;

    OverviewScenario s;

    @BeforeEach
    void aSchoolCountedByHand() {
        s = OverviewScenario.create(jdbc, data);
    }

    @Test
    void theDiagramsGetTheOpenStepsAndTheTablesSayTheSame() {
        signInAs(s.leader().username());
        navigate("overview");
        OverviewView page = _get(OverviewView.class);

        assertThat(page.journey.diagram.getDiagramXml()).contains("barrier-understanding");
        assertThat(page.journey.diagram.getCounts())
                .isEqualTo(Map.of("Task_GatherEvidence", 2, "Task_ColleagueInformation", 2));
        assertThat(page.plan.diagram.getCounts()).isEqualTo(Map.of("Task_Review", 2));
        assertThat(page.plan.diagram.getTextAlternative()).isEqualTo(
                "Open steps: 2 at “Step Task_Review”. The table beside it lists the same figures.");
        assertThat(texts(page.journey.table)).containsExactly("2", "2");
        assertThat(texts(page.casework.stages)).containsExactly("2", "3");
        assertThat(texts(page.casework.overdue)).containsExactly("3", "1");
        assertThat(texts(page.casework.comingUp)).containsExactly("1", "2", "1");
        assertThat(texts(page.referrals.table)).containsExactly("1", "2", "1", "1", "1", "1");
        assertThat(page.casework.overdue.getElement().getTextRecursively())
                .contains(s.champion().displayName(), "Not claimed by anyone");
    }

    @Test
    void aNumberOpensTheListOfItsCasesLinkingToEachCase() {
        signInAs(s.leader().username());
        navigate("overview");
        OverviewView page = _get(OverviewView.class);
        RouterLink supportPlanCases = links(page.casework.stages).get(1);

        RouterLinkKt._click(supportPlanCases);

        assertThat(currentView()).isEqualTo(OverviewCasesView.class);
        OverviewCasesView list = _get(OverviewCasesView.class);
        assertThat(list.title.getText()).isEqualTo("Open cases: Stepped support plan");
        assertThat(rows(list)).extracting(CaseSummary::pupilName).containsExactly("Pupil Cole", "Pupil Dale", "Pupil Eden");
        assertThat(rows(list)).extracting(CaseSummary::id).containsExactly(s.c3(), s.c4(), s.c5());

        navigate("overview");
        RouterLinkKt._click(links(_get(OverviewView.class).casework.overdue).getFirst());
        assertThat(_get(OverviewCasesView.class).title.getText())
                .isEqualTo("Cases with an overdue step held by " + s.champion().displayName());
        assertThat(rows(_get(OverviewCasesView.class))).extracting(CaseSummary::id).containsExactly(s.c2(), s.c1(), s.c4());
    }

    @Test
    void theSameAddressShowsAnotherSchoolsLeaderOnlyTheirOwnCases() {
        OverviewScenario other = OverviewScenario.create(jdbc, data);
        signInAs(other.leader().username());
        navigate(GATHER_EVIDENCE_LIST);

        assertThat(rows(_get(OverviewCasesView.class))).extracting(CaseSummary::id)
                .containsExactly(other.c2(), other.c1());
    }

    @Test
    void aChampionCannotOpenTheListsAndAnUnknownListSaysSo() {
        signInAs(s.champion().username());
        assertThatThrownBy(() -> navigate(GATHER_EVIDENCE_LIST)).isInstanceOf(MockAccessDeniedException.class);

        signInAs(s.leader().username());
        navigate("overview/cases?list=everything");
        assertThat(_get(H1.class).getText()).isEqualTo("This list does not exist");
    }

    private static List<RouterLink> links(Component table) {
        return _find(table, RouterLink.class);
    }

    private static List<String> texts(Component table) {
        return links(table).stream().map(RouterLink::getText).toList();
    }

    private static List<CaseSummary> rows(OverviewCasesView list) {
        return IntStream.range(0, GridKt._size(list.grid)).mapToObj(i -> GridKt._get(list.grid, i)).toList();
    }

}
