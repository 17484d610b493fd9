package org.rejoin.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.rejoin.security.internal.SecondFactorSwitch.codeNow;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.server.VaadinServletRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoin.TestData;
import org.rejoin.ViewTestSupport;
import org.rejoin.casework.ui.CaseListView;
import org.rejoin.security.AuditTrail;
import org.rejoin.security.SecondFactor;
import org.rejoin.security.UserAccount;
import org.rejoin.security.Role;
import org.rejoin.security.internal.SecondFactorPolicy;
import org.rejoin.security.internal.SecondFactorSwitch;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * The code and enrolment pages, browserless, after a real password sign-in through the app's own provider (the
 * second factor switched on): navigation goes nowhere else, and a code computed here from the key the page shows
 * signs the person in with their role under a new session id.
 */
class SecondFactorViewsTests extends ViewTestSupport {

    @Autowired
    TestData data;
    @Autowired
    SecondFactor secondFactor;
    @Autowired
    SecondFactorPolicy policy;
    @Autowired
    AuditTrail audit;
    @Autowired
    @Qualifier("passwordSignIn")
    AuthenticationProvider passwordSignIn;

    @BeforeEach
    void switchedOn() {
        SecondFactorSwitch.switchOn(policy, true);
    }

    @AfterEach
    void switchedOffAgain() {
        SecondFactorSwitch.switchOn(policy, false);
    }

    @Test
    void aLeaderAwaitingTheirCodeIsTakenToEnrolmentFromEveryPage() {
        UserAccount leader = data.staff(data.school(), Role.LEADER, "Head");
        passwordAccepted(leader);

        for (String page : new String[] {"cases", "account/password", "sign-in/code", ""}) {
            navigate(page);
            assertThat(currentView()).as(page).isEqualTo(SecondFactorEnrolView.class);
        }
    }

    @Test
    void confirmingTheAppWithTheKeyShownSignsInWithTheRoleUnderANewSessionAndShowsTenRecoveryCodes() {
        UserAccount leader = data.staff(data.school(), Role.LEADER, "Deputy head");
        passwordAccepted(leader);
        navigate("sign-in/enrol");
        var view = _get(SecondFactorEnrolView.class);
        assertThat(view.qrCode.getSrc()).startsWith("data:image/png;base64,");
        String key = view.key.getText().substring(view.key.getText().indexOf(':') + 1).replace(" ", "");
        var request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        String sessionBefore = request.getSession().getId();

        view.code.setValue(codeNow(key));
        view.confirm();

        assertThat(view.done.isVisible()).isTrue();
        assertThat(view.setUp.isVisible()).isFalse();
        assertThat(view.recoveryCodes.getChildren().count()).isEqualTo(10);
        assertSignedInAs(leader, "ROLE_LEADER");
        assertThat(request.getSession().getId()).as("session fixation").isNotEqualTo(sessionBefore);
        assertThat(request.getSession().getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY))
                .isSameAs(SecurityContextHolder.getContext());
    }

    @Test
    void anEnrolledOfficerIsRefusedAWrongCodeBesideTheFieldThenSignsInWithTheRightOne() {
        UserAccount officer = data.localAuthorityOfficer(TestData.newLocalAuthority());
        var enrolment = secondFactor.enrol(officer.username());
        secondFactor.confirmEnrolment(officer.username(), codeNow(enrolment.secret()), "");
        passwordAccepted(officer);
        navigate("cases");
        var view = _get(SecondFactorCodeView.class);

        view.code.setValue("000000".equals(codeNow(enrolment.secret(), 1)) ? "111111" : "000000");
        view.signIn();

        assertThat(view.code.isInvalid()).isTrue();
        assertThat(view.code.getErrorMessage()).contains("not right");
        assertThat(SecondFactor.isPending(SecurityContextHolder.getContext().getAuthentication())).isTrue();

        view.code.setValue(codeNow(enrolment.secret(), 1));
        view.signIn();

        assertSignedInAs(officer, "ROLE_LOCAL_AUTHORITY");
    }

    @Test
    void aChampionSignsInWithThePasswordAloneAndTheCodePageSendsThemOn() {
        UserAccount champion = data.staff(data.school(), Role.ATTENDANCE_CHAMPION, "Head of year");
        Authentication signedIn = passwordSignIn.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(champion.username(), TestData.PASSWORD));
        assertThat(SecondFactor.isPending(signedIn)).isFalse();
        signInAs(champion.username());

        navigate("sign-in/code");

        assertThat(currentView()).isNotEqualTo(SecondFactorCodeView.class);
        navigate("cases");
        assertThat(currentView()).isEqualTo(CaseListView.class);
    }

    @Test
    void aSystemAdministratorResetsSomeonesAppOnTheUsersPage() {
        UserAccount leader = data.staff(data.school(), Role.LEADER, "Head");
        var enrolment = secondFactor.enrol(leader.username());
        secondFactor.confirmEnrolment(leader.username(), codeNow(enrolment.secret()), "");
        UserAccount admin = data.admin();
        signInAs(admin.username());
        navigate("admin/users");
        var view = _get(UsersView.class);
        int row = GridKt._findAll(view.grid).stream().map(UserAccount::id).toList().indexOf(leader.id());

        var reset = (Button) GridKt._getCellComponent(view.grid, row, "secondFactor");
        assertThat(reset.getAriaLabel().orElseThrow()).contains(leader.displayName());
        ButtonKt._click(reset);

        assertThat(secondFactor.enrolled(leader.username())).isFalse();
        assertThat(view.status.getText()).contains("sets up their authenticator app again");
        assertThat(audit.count("SECOND_FACTOR_RESET", "app_user", leader.id())).isOne();
    }

    /** The password sign-in as the login form makes it; the session then holds what it returned. */
    private void passwordAccepted(UserAccount person) {
        Authentication result = passwordSignIn.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(person.username(), TestData.PASSWORD));
        assertThat(SecondFactor.isPending(result)).as("only the code awaited").isTrue();
        assertThat(result.getAuthorities()).extracting(Object::toString).containsExactly(SecondFactor.PENDING);
        SecurityContextHolder.getContext().setAuthentication(result);
        var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(result);
        request.setUserInRole((principal, role) -> false);
    }

    private static void assertSignedInAs(UserAccount person, String role) {
        var now = SecurityContextHolder.getContext().getAuthentication();
        assertThat(SecondFactor.isPending(now)).isFalse();
        assertThat(now.getName()).isEqualTo(person.username());
        assertThat(now.getAuthorities()).extracting(Object::toString).containsExactly(role);
    }
}
