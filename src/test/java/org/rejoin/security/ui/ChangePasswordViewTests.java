package org.rejoin.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rejoin.TestData;
import org.rejoin.ViewTestSupport;
import org.rejoin.security.AuditTrail;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;
import org.rejoin.security.internal.PasswordStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Changing one's own password, and the first administrator who must before doing anything else. */
class ChangePasswordViewTests extends ViewTestSupport {

    static final String NEW_PASSWORD = "kettle orchard lantern";

    @Autowired
    TestData data;
    @Autowired
    PasswordStore store;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    AuditTrail audit;

    @Test
    void aWrongCurrentPasswordIsRefusedBesideItsFieldAndAudited() {
        UserAccount teacher = data.staff(data.school(), Role.ATTENDANCE_CHAMPION, "Head of year");
        signInAs(teacher.username());
        navigate("account/password");
        var view = _get(ChangePasswordView.class);

        fill(view, "a guess at it", NEW_PASSWORD, NEW_PASSWORD);
        view.change();

        assertThat(view.current.isInvalid()).isTrue();
        assertThat(view.current.getErrorMessage()).contains("not your current password");
        assertThat(audit.count("PASSWORD_CHANGE_REFUSED", "app_user", teacher.id())).isOne();
        assertThat(encoder.matches(TestData.PASSWORD, store.hashOf(teacher.id()).orElseThrow())).isTrue();
    }

    @Test
    void aPasswordFromTheBreachedListIsRefusedBesideTheNewPassword() {
        UserAccount teacher = data.staff(data.school(), Role.LEADER, "Deputy head");
        signInAs(teacher.username());
        navigate("account/password");
        var view = _get(ChangePasswordView.class);

        fill(view, TestData.PASSWORD, "Password12345", "Password12345");
        view.change();

        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.password.getErrorMessage()).contains("data breaches");
    }

    @Test
    void theNewPasswordReplacesTheOldOneAndTheChangeIsAudited() {
        UserAccount teacher = data.staff(data.school(), Role.ATTENDANCE_CHAMPION, "Head of year");
        signInAs(teacher.username());
        navigate("account/password");
        var view = _get(ChangePasswordView.class);

        fill(view, TestData.PASSWORD, NEW_PASSWORD, NEW_PASSWORD);
        view.change();

        assertThat(view.done.getText()).contains("Your password is changed");
        String hash = store.hashOf(teacher.id()).orElseThrow();
        assertThat(encoder.matches(NEW_PASSWORD, hash)).isTrue();
        assertThat(encoder.matches(TestData.PASSWORD, hash)).isFalse();
        assertThat(audit.count("PASSWORD_CHANGED", "app_user", teacher.id())).isOne();
    }

    @Test
    void theFirstAdministratorIsTakenToChooseANewPasswordFromEveryPageUntilTheyHave() {
        UserAccount admin = data.admin();
        store.requireChange(admin.id());
        signInAs(admin.username());

        navigate("admin/users");
        assertThat(currentView()).isEqualTo(ChangePasswordView.class);
        var view = _get(ChangePasswordView.class);
        assertThat(view.firstTime.isVisible()).isTrue();

        fill(view, TestData.PASSWORD, NEW_PASSWORD, NEW_PASSWORD);
        view.change();
        navigate("admin/users");
        assertThat(currentView()).isEqualTo(UsersView.class);
    }

    private static void fill(ChangePasswordView view, String current, String password, String repeated) {
        view.current.setValue(current);
        view.password.setValue(password);
        view.repeated.setValue(repeated);
    }
}
