package org.rejoin.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rejoin.TestData;
import org.rejoin.ViewTestSupport;
import org.rejoin.security.IssuedInvitation;
import org.rejoin.security.NewStaffMember;
import org.rejoin.security.Role;
import org.rejoin.security.StaffAccounts;
import org.rejoin.security.UserAccount;
import org.rejoin.pupil.SchoolInfo;
import org.springframework.beans.factory.annotation.Autowired;

/** The page an invitation link opens, used without signing in. */
class InvitationViewTests extends ViewTestSupport {

    @Autowired
    TestData data;
    @Autowired
    StaffAccounts staff;

    @Test
    void invitedPersonChoosesTheirPasswordOnceAndIsSentToSignIn() {
        SchoolInfo school = data.school();
        UserAccount admin = data.staff(school, Role.SCHOOL_ADMIN, null);
        IssuedInvitation invitation = staff.invite(admin, school.id(), new NewStaffMember(
                "lead-" + UUID.randomUUID().toString().substring(0, 6) + "@oakfield.example", "Ravi Patel", null,
                Role.LEADER, true));
        String path = invitation.link().substring(invitation.link().indexOf("invitation/"));

        navigate(path);
        InvitationView view = _get(InvitationView.class);
        assertThat(view.welcome.getText()).contains("Welcome, Ravi Patel");
        view.password.setValue("too short");
        view.repeated.setValue("too short");
        view.choose();
        assertThat(view.password.isInvalid()).isTrue();

        view.password.setValue("a long enough password");
        view.repeated.setValue("a long enough password");
        view.choose();
        assertThat(view.done.getText()).contains("Your password is set");
        assertThat(view.signIn.isVisible()).isTrue();

        navigate(path);
        assertThat(_get(InvitationView.class).welcome.getText()).contains("expired or has already been used");
    }
}
