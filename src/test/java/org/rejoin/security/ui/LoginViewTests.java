package org.rejoin.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rejoin.ViewTestSupport;

/** What the sign-in page says after a failed attempt: never whether the account exists. */
class LoginViewTests extends ViewTestSupport {

    @Test
    void aWrongPasswordOrAnUnknownNameGetTheOneMessage() {
        navigate("login?error");
        var view = _get(LoginView.class);
        assertThat(view.form.isError()).isTrue();
        assertThat(view.shownError.getTitle()).isEqualTo("Those details were not recognised");
    }

    @Test
    void whileTheThrottleMakesPeopleWaitThePageSaysSoAndWhoCanUnlock() {
        navigate("login?error=wait");
        var view = _get(LoginView.class);
        assertThat(view.form.isError()).isTrue();
        assertThat(view.shownError.getTitle()).isEqualTo("Too many failed attempts");
        assertThat(view.shownError.getMessage()).contains("administrator can unlock it");
    }

    @Test
    void theRightPasswordOfASchoolThatTurnedPasswordsOffIsToldToUseTheSchoolAccount() {
        navigate("login?error=school-account");
        var view = _get(LoginView.class);
        assertThat(view.form.isError()).isTrue();
        assertThat(view.shownError.getTitle()).startsWith("Your school signs in with");
    }

    @Test
    void withNoSchoolAccountProviderConfiguredThePageOffersPasswordsOnly() {
        navigate("login");
        assertThat(_get(LoginView.class).providerButtons).isEmpty();
    }

    @Test
    void aFreshPageShowsNoError() {
        navigate("login");
        assertThat(_get(LoginView.class).form.isError()).isFalse();
    }
}
