package org.rejoin.ladder.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoin.TestData;
import org.rejoin.ViewTestSupport;
import org.rejoin.referral.ReferralTestData;
import org.rejoin.security.UserAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Where the ladder shows, browserless: the case page's sentence and the local authority officer's counts. */
class LadderViewsTests extends ViewTestSupport {

    @Autowired ReferralTestData fixture;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;

    ReferralTestData.Place place;

    @BeforeEach
    void aCase() {
        place = fixture.place();
    }

    @Test
    void theCasePageSaysInWordsWhereOnTheLadderTheFamilyIs() {
        signInAs(place.champion().username());
        navigate("cases/" + place.caseId());
        assertThat(position()).startsWith("No formal support has started");
        assertThat(_find(Anchor.class, spec -> spec.withText("Evidence pack for the local authority (PDF)"))).isEmpty();

        onTheLadder("NOTICE_TO_IMPROVE");
        navigate("cases/" + place.caseId());

        assertThat(position()).isEqualTo("A notice to improve has been issued: the family is in its improvement "
                + "period, with support.");
        assertThat(_find(Anchor.class, spec -> spec.withText("Evidence pack for the local authority (PDF)"))).hasSize(1);
    }

    @Test
    void theLocalAuthorityOfficerSeesEachSchoolsFamiliesPerRung() {
        onTheLadder("CONTRACT");
        UserAccount officer = data.localAuthorityOfficer(place.school().localAuthority());
        signInAs(officer.username());
        navigate("ladder");

        var grid = _get(LadderOverviewView.class).grid;
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid, 0)).containsExactly(place.school().name(), "0", "1", "0", "0", "0",
                "0", "0");
    }

    private String position() {
        return _get(Paragraph.class, spec -> spec.withClasses("ladder-position")).getText();
    }

    private void onTheLadder(String rung) {
        jdbc.update("insert into ladder (id, case_id, pupil_id, school_id, started_by, started_from, rung) "
                + "values (?, ?, ?, ?, 'test', 'CASE', ?)", UUID.randomUUID(), place.caseId(), place.pupil(),
                place.school().id(), rung);
    }
}
