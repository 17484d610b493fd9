package org.rejoin.insight.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.RouterLinkKt;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoin.TestData;
import org.rejoin.ViewTestSupport;
import org.rejoin.insight.OverviewScenario;
import org.rejoin.security.UserAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A local authority officer's overview, browserless: schools compared, one school opened, none of another authority. */
class LocalAuthorityOverviewViewTests extends ViewTestSupport {

    @Autowired JdbcTemplate jdbc;
    @Autowired TestData data;

    String authority;
    OverviewScenario a;
    OverviewScenario b;
    UserAccount officer;

    @BeforeEach
    void twoSchoolsOfOneAuthority() {
        authority = TestData.newLocalAuthority();
        a = OverviewScenario.create(jdbc, data, data.school(authority));
        b = OverviewScenario.create(jdbc, data, data.school(authority));
        officer = data.localAuthorityOfficer(authority);
    }

    @Test
    void theOfficerSeesTheSchoolsSideBySideAndTheFiguresOfBoth() {
        signInAs(officer.username());
        navigate("overview");
        OverviewView page = _get(OverviewView.class);

        assertThat(_get(H1.class).getText()).isEqualTo("Overview: " + authority);
        assertThat(_find(page.schools, RouterLink.class)).extracting(RouterLink::getText)
                .containsExactlyInAnyOrder(a.school().name(), b.school().name());
        assertThat(texts(page.casework.stages)).containsExactly("4", "6");
        assertThat(_find(page.schools, Anchor.class)).extracting(Anchor::getHref)
                .containsExactlyInAnyOrder("targeting/" + a.school().id(), "targeting/" + b.school().id());
        assertThat(page.casework.getChildren()).doesNotContain(page.casework.overdue);
    }

    @Test
    void theOfficerStartsOnTheOverviewAndCannotOpenACaseOrTheInboxByAddress() {
        signInAs(officer.username());
        navigate("");
        assertThat(currentView()).isEqualTo(OverviewView.class);
        for (String address : List.of("cases/" + a.c1(), "inbox", "pupils", "cases")) {
            assertThatThrownBy(() -> navigate(address)).as(address).isInstanceOf(MockAccessDeniedException.class);
        }
    }

    @Test
    void aSchoolsNameOpensThatSchoolAloneAndItsListsStayWithinIt() {
        signInAs(officer.username());
        navigate("overview");
        RouterLink schoolA = _find(_get(OverviewView.class).schools, RouterLink.class).stream()
                .filter(l -> l.getText().equals(a.school().name())).findFirst().orElseThrow();

        RouterLinkKt._click(schoolA);

        OverviewView page = _get(OverviewView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Overview: " + a.school().name());
        assertThat(page.schools).isNull();
        assertThat(_find(page, Anchor.class)).extracting(Anchor::getHref).contains("targeting/" + a.school().id());
        assertThat(texts(page.casework.stages)).containsExactly("2", "3");
        RouterLinkKt._click(_find(page.casework.stages, RouterLink.class).getFirst());
        OverviewCasesView list = _get(OverviewCasesView.class);
        assertThat(GridKt._size(list.grid)).isEqualTo(2);
        assertThat(_find(list.grid, Anchor.class)).as("officers do not open case records").isEmpty();
    }

    @Test
    void anotherAuthoritysSchoolByAddressShowsNothingOfIt() {
        OverviewScenario elsewhere = OverviewScenario.create(jdbc, data, data.school(TestData.newLocalAuthority()));
        signInAs(officer.username());
        navigate("overview?school=" + elsewhere.school().id());

        OverviewView page = _get(OverviewView.class);
        assertThat(page.getElement().getTextRecursively()).contains("This school is not one you oversee")
                .doesNotContain(elsewhere.school().name());
        assertThat(page.casework).isNull();
    }

    private static List<String> texts(com.vaadin.flow.component.Component table) {
        return _find(table, RouterLink.class).stream().map(RouterLink::getText).toList();
    }
}
