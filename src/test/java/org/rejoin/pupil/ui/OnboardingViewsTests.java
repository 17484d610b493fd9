package org.rejoin.pupil.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.rejoin.TestData;
import org.rejoin.ViewTestSupport;
import org.rejoin.pupil.SchoolInfo;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;
import org.springframework.beans.factory.annotation.Autowired;

/** The system administrator's Schools page and a school administrator's Roster and Setting up pages. */
class OnboardingViewsTests extends ViewTestSupport {

    @Autowired
    TestData data;

    @Test
    void systemAdministratorRegistersAnAuthorityAndASchoolWithMistakesShownBesideTheirFields() {
        signInAs(data.admin().username());
        navigate("admin/schools");
        SchoolsView view = _get(SchoolsView.class);

        view.authorityCode.setValue("12");
        view.authorityName.setValue("Short");
        view.addAuthority();
        assertThat(view.authorityCode.isInvalid()).isTrue();

        String authority = TestData.newLocalAuthority();
        for (int code = 100; view.authorityCode.isInvalid() || code == 100; code++) {
            view.authorityCode.setValue(String.valueOf(code));
            view.authorityName.setValue(authority);
            view.addAuthority();
        }
        view.urn.setValue("1234");
        view.name.setValue("Oakfield Academy");
        view.localAuthority.setValue(authority);
        view.saveSchool();
        assertThat(view.urn.isInvalid()).isTrue();
        assertThat(view.name.getValue()).isEqualTo("Oakfield Academy");

        String urn = TestData.uniqueUrn();
        view.urn.setValue(urn);
        view.saveSchool();
        assertThat(view.saved.getText()).isEqualTo("Registered Oakfield Academy (URN " + urn + ")");
        assertThat(GridKt._findAll(view.schools)).anyMatch(s -> s.urn().equals(urn));
    }

    /** Found by the accessibility run: the grid asked for the roll of no school, and Vaadin showed its error banner. */
    @Test
    void systemAdministratorOpeningTheRosterWithoutASchoolIsToldToChooseOne() {
        signInAs(data.admin().username());

        navigate("admin/roster");
        RosterView view = _get(RosterView.class);
        assertThat(view.noSchool.isVisible()).isTrue();
        assertThat(GridKt._size(view.grid)).isZero();
    }

    @Test
    void schoolAdministratorImportsTheRosterAndSeesTheChecklistMove() {
        SchoolInfo school = data.school();
        UserAccount admin = data.staff(school, Role.SCHOOL_ADMIN, null);
        signInAs(admin.username());
        navigate("admin/roster");
        RosterView view = _get(RosterView.class);
        view.upload.background = Runnable::run;
        String upn = TestData.randomUpn();

        view.upload.startImport("roster.csv", ("UPN,Legal Forename,Legal Surname,DOB,Year\n" + upn
                + ",Ann,Able,2012-01-01,Year 9\n").getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip();

        assertThat(view.upload.status.getText()).isEqualTo("Imported 1 pupils: 1 added, 0 updated");
        assertThat(GridKt._get(view.grid, 0).upn()).isEqualTo(upn);

        navigate("setup");
        SetupView setup = _get(SetupView.class);
        assertThat(setup.summary.getText()).contains("steps still to do");
        assertThat(setup.steps.getElement().getTextRecursively()).contains("Done: Pupil roster")
                .contains("To do: Parents and carers");
    }
}
