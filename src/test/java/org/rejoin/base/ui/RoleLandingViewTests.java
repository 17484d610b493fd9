package org.rejoin.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.github.mvysny.kaributesting.v10.GridKt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rejoin.ViewTestSupport;
import org.rejoin.pupil.PupilService;
import org.rejoin.pupil.ui.PupilView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** Each role signs in and lands where its work is; nobody reaches another school's pupil by URL. */
class RoleLandingViewTests extends ViewTestSupport {

    @Autowired
    PupilService pupils;

    @ParameterizedTest
    @CsvSource({
            "champion@northfield.example, org.rejoin.inbox.ui.InboxView, Tasks",
            "tutor@northfield.example, org.rejoin.inbox.ui.InboxView, Tasks",
            "leader@northfield.example, org.rejoin.insight.ui.OverviewView, Overview",
            "early-help@riverside.example, org.rejoin.referral.ui.AgencyWorkView, Work for Riverside Early Help",
            "admin@rejoin.example, org.rejoin.security.ui.UsersView, Users"})
    void eachRoleLandsOnItsOwnStartPage(String username, String viewClass, String heading) throws Exception {
        signInAs(username);
        navigate("");
        assertThat(currentView()).isEqualTo(Class.forName(viewClass));
        assertThat(_get(H1.class, spec -> spec.withText(heading))).isNotNull();
    }

    @Test
    void championSeesTheirSchoolsPupilsInALazyGrid() {
        signInAs("champion@northfield.example");
        navigate("pupils");
        @SuppressWarnings("unchecked")
        Grid<org.rejoin.pupil.PupilSummary> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(150);
    }

    @Test
    void navigationOffersOnlyWhatTheRoleMayOpen() {
        signInAs("champion@northfield.example");
        navigate("");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Tasks", "Pupils")
                .doesNotContain("Users", "Overview", "Agency work");
    }

    @Test
    void aChampionOpeningAnotherSchoolsPupilByUrlIsToldNotFound() {
        var southgateChampion = signInAs("champion@southgate.example");
        var southgatePupil = pupils.pupilsOfMySchool(southgateChampion, "", PageRequest.of(0, 1)).getContent().getFirst();
        navigate("pupils/" + southgatePupil.id());
        assertThat(currentView()).isEqualTo(PupilView.class);

        signInAs("champion@northfield.example");
        navigate("pupils/" + southgatePupil.id());
        assertThat(currentView()).isEqualTo(NotFoundView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Not found");
    }

    @ParameterizedTest
    @CsvSource({"early-help@riverside.example, pupils", "champion@northfield.example, admin/users",
            "admin@rejoin.example, pupils", "champion@northfield.example, overview"})
    void viewsOutsideARolesWorkAreRefused(String username, String location) {
        signInAs(username);
        assertThatThrownBy(() -> navigate(location)).isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void demoModeAndAHealthyEngineShowOnlyTheDemoBanner() {
        signInAs("leader@northfield.example");
        navigate("overview");
        // Karibu finds only visible components: the engine banner is there but hidden
        assertThat(_find(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("banner-warning"))).isEmpty();
        assertThat(_find(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("banner-demo")).getFirst()
                .getElement().getTextRecursively()).contains("lost when Rejoin stops");
    }
}
