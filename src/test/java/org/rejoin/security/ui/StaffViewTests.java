package org.rejoin.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rejoin.TestData;
import org.rejoin.ViewTestSupport;
import org.rejoin.pupil.SchoolInfo;
import org.rejoin.security.AccountStatus;
import org.rejoin.security.IssuedInvitation;
import org.rejoin.security.Role;
import org.rejoin.security.StaffAccount;
import org.rejoin.security.UserAccount;
import org.springframework.beans.factory.annotation.Autowired;

/** The Staff page of a school administrator: invitations shown to pass on, bad lines by number, deactivation. */
class StaffViewTests extends ViewTestSupport {

    @Autowired
    TestData data;

    @Test
    void invitingOnePersonShowsTheirLinkToPassOnAndAMistakeBesideItsField() {
        SchoolInfo school = data.school();
        UserAccount admin = data.staff(school, Role.SCHOOL_ADMIN, "Data manager");
        signInAs(admin.username());
        navigate("admin/staff");
        StaffView view = _get(StaffView.class);

        view.email.setValue("not an address");
        view.name.setValue("Joy Okafor");
        view.inviteOne();
        assertThat(view.email.isInvalid()).isTrue();
        assertThat(view.name.getValue()).as("nothing typed is lost").isEqualTo("Joy Okafor");

        String email = "joy-" + UUID.randomUUID().toString().substring(0, 6) + "@oakfield.example";
        view.email.setValue(email);
        view.role.setValue(Role.ATTENDANCE_CHAMPION);
        view.inviteOne();

        assertThat(view.links.isVisible()).isTrue();
        IssuedInvitation shown = GridKt._get(view.links.grid, 0);
        assertThat(shown.email()).isEqualTo(email);
        assertThat(shown.link()).contains("/invitation/");
        assertThat(GridKt._findAll(view.grid)).filteredOn(a -> a.email().equals(email))
                .extracting(StaffAccount::status).containsExactly(AccountStatus.INVITED);
    }

    @Test
    void aStaffFileWithBadLinesListsThemAndInvitesNobody() {
        SchoolInfo school = data.school();
        UserAccount admin = data.staff(school, Role.SCHOOL_ADMIN, null);
        signInAs(admin.username());
        navigate("admin/staff");
        StaffView view = _get(StaffView.class);
        view.upload.background = Runnable::run;

        view.upload.startImport("staff.csv", "Email,Name,Role\nx@y.example,X,Wizard\n".getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip();

        assertThat(view.upload.errorHeading.isVisible()).isTrue();
        assertThat(GridKt._get(view.upload.errors, 0).line()).isEqualTo(2L);
        assertThat(view.upload.status.getText()).isEqualTo("1 line has a problem");
    }

    @Test
    void caseworkStaffCannotOpenIt() {
        UserAccount champion = data.staff(data.school(), Role.ATTENDANCE_CHAMPION, null);
        signInAs(champion.username());
        assertThatThrownBy(() -> navigate("admin/staff")).isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void systemAdministratorWithoutASchoolIsSentToTheSchoolsPage() {
        signInAs(data.admin().username());
        navigate("admin/staff");
        StaffView view = _get(StaffView.class);
        assertThat(view.noSchool.isVisible()).isTrue();
    }
}
