package org.rejoin.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoin.TestData;
import org.rejoin.pupil.SchoolInfo;
import org.rejoin.security.AccountStatus;
import org.rejoin.security.AuditTrail;
import org.rejoin.security.Role;
import org.rejoin.security.StaffAccounts;
import org.rejoin.security.UserAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in against guessing, on real PostgreSQL with the app's own user details and password encoder.
 * Time is moved by the test's clock, never waited for.
 */
@org.rejoin.RejoinTest
class PasswordSignInThrottleTests {

    @Autowired
    UserDetailsService users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    SignInThrottle throttle;
    @Autowired
    TestData data;
    @Autowired
    StaffAccounts staff;
    @Autowired
    AuditTrail audit;

    final MovingClock clock = new MovingClock(Instant.now());
    ThrottledPasswordSignIn signIn;
    String address;
    SchoolInfo school;
    UserAccount teacher;

    @BeforeEach
    void aTeacherAtTheirOwnAddress() {
        signIn = new ThrottledPasswordSignIn(users, encoder, throttle, clock);
        address = "10.21." + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(256)
                + "-" + UUID.randomUUID();
        school = data.school();
        teacher = data.staff(school, Role.ATTENDANCE_CHAMPION, "Head of year");
    }

    @Test
    void afterThreeWrongPasswordsEachAttemptWaitsTwiceAsLongAsTheOneBefore() {
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> attempt(teacher.username(), "not my password")).isInstanceOf(BadCredentialsException.class);
        }
        assertRefused(teacher.username(), TestData.PASSWORD);
        clock.move(Duration.ofSeconds(2));
        assertThatThrownBy(() -> attempt(teacher.username(), "still not it")).isInstanceOf(BadCredentialsException.class);
        clock.move(Duration.ofSeconds(3));
        assertRefused(teacher.username(), TestData.PASSWORD);
        clock.move(Duration.ofSeconds(1));
        assertThat(attempt(teacher.username(), TestData.PASSWORD).isAuthenticated()).isTrue();
        assertThat(throttle.refusedUntil(teacher.username(), "another address", clock.instant()))
                .as("a successful sign-in forgets the name's failures").isEmpty();
    }

    @Test
    void aNameNoAccountHasIsAnsweredExactlyAsAnAccountsNameIs() {
        String unknown = "nobody-" + UUID.randomUUID() + "@test.example";
        for (String name : new String[] {unknown, teacher.username()}) {
            address = "10.99.0.1-" + UUID.randomUUID();
            for (int i = 0; i < 3; i++) {
                assertThatThrownBy(() -> attempt(name, "guess " + name)).isInstanceOf(BadCredentialsException.class)
                        .hasMessage("Bad credentials");
            }
            assertRefused(name, "guess");
        }
    }

    @Test
    void tenFailuresLockTheAccountAuditedUntilAnAdministratorUnlocksIt() {
        UserAccount admin = data.staff(school, Role.SCHOOL_ADMIN, "Data manager");
        failTenTimes(teacher.username());
        clock.move(Duration.ofMinutes(20));
        assertRefused(teacher.username(), TestData.PASSWORD);
        assertThat(audit.count("SIGN_IN_LOCKED", "app_user", teacher.id())).isOne();
        assertThat(staff.staffOf(admin, school.id())).filteredOn(a -> a.id().equals(teacher.id()))
                .extracting(a -> a.status()).containsExactly(AccountStatus.LOCKED);

        assertThat(staff.unlock(admin, teacher.id()).status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(audit.count("SIGN_IN_UNLOCKED", "app_user", teacher.id())).isOne();
        assertThat(attempt(teacher.username(), TestData.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void aLockEndsByItselfAfterHalfAnHour() {
        failTenTimes(teacher.username());
        clock.move(Duration.ofMinutes(29));
        assertRefused(teacher.username(), TestData.PASSWORD);
        clock.move(Duration.ofMinutes(2));
        assertThat(attempt(teacher.username(), TestData.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void manyNamesGuessedFromOneAddressSlowThatAddressDown() {
        for (int i = 0; i < 20; i++) {
            String name = "sprayed-" + i + "-" + UUID.randomUUID() + "@test.example";
            assertThatThrownBy(() -> attempt(name, "Summer2026!")).isInstanceOf(BadCredentialsException.class);
        }
        assertRefused(teacher.username(), TestData.PASSWORD);
        assertThat(attemptFrom("10.0.0.7-" + UUID.randomUUID(), teacher.username(), TestData.PASSWORD)
                .isAuthenticated()).as("the same person from elsewhere is not held up").isTrue();
    }

    private void failTenTimes(String name) {
        for (int i = 0; i < 10; i++) {
            clock.move(Duration.ofMinutes(6));
            assertThatThrownBy(() -> attempt(name, "wrong")).isInstanceOf(BadCredentialsException.class);
        }
    }

    private void assertRefused(String name, String password) {
        assertThatThrownBy(() -> attempt(name, password))
                .isInstanceOf(ThrottledPasswordSignIn.SignInRefusedForNow.class);
    }

    private Authentication attempt(String name, String password) {
        return attemptFrom(address, name, password);
    }

    private Authentication attemptFrom(String from, String name, String password) {
        var request = new MockHttpServletRequest();
        request.setRemoteAddr(from);
        var token = UsernamePasswordAuthenticationToken.unauthenticated(name, password);
        token.setDetails(new WebAuthenticationDetails(request));
        return signIn.authenticate(token);
    }

    static final class MovingClock extends Clock {
        private Instant now;

        MovingClock(Instant start) {
            now = start;
        }

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
