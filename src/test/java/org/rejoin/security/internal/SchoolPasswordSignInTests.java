package org.rejoin.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoin.TestData;
import org.rejoin.pupil.SchoolInfo;
import org.rejoin.security.AuditTrail;
import org.rejoin.security.FieldProblem;
import org.rejoin.security.RecordNotFoundException;
import org.rejoin.security.Role;
import org.rejoin.security.SchoolSignIn;
import org.rejoin.security.UserAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * A school that signs in with its own accounts turns Rejoin passwords off for its staff: the right password then
 * says so (and nothing else), a wrong one gets the answer everyone gets. On real PostgreSQL, with the app's own beans.
 * This run has no school-account provider configured, so the service keeps passwords on; the store is set directly.
 */
@org.rejoin.RejoinTest
class SchoolPasswordSignInTests {

    @Autowired
    UserDetailsService users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    SignInThrottle throttle;
    @Autowired
    PasswordSignInOfSchools schools;
    @Autowired
    SchoolSignInStore store;
    @Autowired
    SchoolSignIn schoolSignIn;
    @Autowired
    TestData data;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcTemplate jdbc;

    ThrottledPasswordSignIn signIn;
    SchoolInfo school;
    UserAccount teacher;

    @BeforeEach
    void aTeacherOfASchool() {
        signIn = new ThrottledPasswordSignIn(users, encoder, throttle, Clock.systemUTC(), schools);
        school = data.school();
        teacher = data.staff(school, Role.LEADER, "Deputy head");
    }

    @Test
    void aSchoolThatTurnedPasswordsOffRefusesTheRightPasswordWithItsOwnAnswerAudited() {
        assertThat(attempt(teacher.username(), TestData.PASSWORD).isAuthenticated()).isTrue();
        store.setPasswordSignIn(school.id(), false, "test");

        assertThatThrownBy(() -> attempt(teacher.username(), TestData.PASSWORD))
                .isInstanceOf(ThrottledPasswordSignIn.PasswordSignInTurnedOff.class);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where actor = ? and action = 'SIGN_IN_REFUSED'",
                Long.class, teacher.username())).isOne();
    }

    @Test
    void aWrongPasswordGetsTheUsualAnswerSoAGuesserLearnsNothingOfTheSchool() {
        store.setPasswordSignIn(school.id(), false, "test");
        assertThatThrownBy(() -> attempt(teacher.username(), "a wrong guess")).isInstanceOf(BadCredentialsException.class)
                .hasMessage("Bad credentials");
    }

    @Test
    void otherSchoolsAndPeopleOfNoSchoolKeepTheirPasswords() {
        store.setPasswordSignIn(school.id(), false, "test");
        UserAccount elsewhere = data.staff(data.school(), Role.LEADER, "Head");
        UserAccount officer = data.localAuthorityOfficer(TestData.newLocalAuthority());
        assertThat(attempt(elsewhere.username(), TestData.PASSWORD).isAuthenticated()).isTrue();
        assertThat(attempt(officer.username(), TestData.PASSWORD).isAuthenticated()).isTrue();
        store.setPasswordSignIn(school.id(), true, "test");
        assertThat(attempt(teacher.username(), TestData.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void withoutASchoolAccountProviderPasswordsCannotBeTurnedOff() {
        UserAccount admin = data.staff(school, Role.SCHOOL_ADMIN, "Data manager");
        assertThat(schoolSignIn.passwordSignIn(admin, school.id())).isTrue();
        assertThatThrownBy(() -> schoolSignIn.setPasswordSignIn(admin, school.id(), false))
                .isInstanceOf(FieldProblem.class).hasMessageContaining("passwords must stay on");
        assertThat(schoolSignIn.passwordSignIn(admin, school.id())).isTrue();
    }

    @Test
    void onlyTheSchoolsAdministratorsSeeTheSetting() {
        UserAccount otherAdmin = data.staff(data.school(), Role.SCHOOL_ADMIN, "Data manager");
        assertThatThrownBy(() -> schoolSignIn.passwordSignIn(otherAdmin, school.id()))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> schoolSignIn.setPasswordSignIn(teacher, school.id(), true))
                .isInstanceOf(RecordNotFoundException.class);
    }

    private Authentication attempt(String name, String password) {
        var request = new MockHttpServletRequest();
        request.setRemoteAddr("10.42.0.1-" + UUID.randomUUID());
        var token = UsernamePasswordAuthenticationToken.unauthenticated(name, password);
        token.setDetails(new WebAuthenticationDetails(request));
        return signIn.authenticate(token);
    }
}
