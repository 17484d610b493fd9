package org.rejoin.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoin.TestData;
import org.rejoin.pupil.SchoolInfo;
import org.rejoin.security.AuditTrail;
import org.rejoin.security.Role;
import org.rejoin.security.StaffAccounts;
import org.rejoin.security.UserAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Signing in through the running app's own login form over HTTP, each person with their own cookie jar: the
 * throttle's answer, and sessions ended at once by a deactivation or a role change.
 */
@org.rejoin.RejoinTest
class SignInOverHttpTests {


    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    StaffAccounts staff;
    @Autowired
    AuditTrail audit;

    SchoolInfo school;
    UserAccount admin;

    @BeforeEach
    void aSchoolWithItsAdministrator() {
        school = data.school();
        admin = data.staff(school, Role.SCHOOL_ADMIN, "Data manager");
    }

    @Test
    void deactivatingSomeoneEndsTheirOpenSessionAtOnceAndLeavesOthersAlone() throws Exception {
        UserAccount teacher = data.staff(school, Role.ATTENDANCE_CHAMPION, "Head of year");
        UserAccount colleague = data.staff(school, Role.ATTENDANCE_CHAMPION, "Tutor");
        BrowserOverHttp theirs = browser();
        BrowserOverHttp colleagues = browser();
        assertThat(theirs.signIn(teacher.username(), TestData.PASSWORD)).doesNotContain("error");
        assertThat(colleagues.signIn(colleague.username(), TestData.PASSWORD)).doesNotContain("error");
        assertThat(theirs.get("/cases").statusCode()).isEqualTo(200);

        staff.deactivate(admin, teacher.id());

        HttpResponse<String> next = theirs.get("/cases");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location").orElseThrow()).contains("/login");
        assertThat(colleagues.get("/cases").statusCode()).isEqualTo(200);
    }

    @Test
    void changingSomeonesRoleEndsTheirOpenSessionSoTheOldRoleStopsActing() throws Exception {
        UserAccount leader = data.staff(school, Role.LEADER, "Deputy head");
        BrowserOverHttp theirs = browser();
        theirs.signIn(leader.username(), TestData.PASSWORD);
        assertThat(theirs.get("/cases").statusCode()).isEqualTo(200);

        staff.changeRole(admin, leader.id(), Role.SCHOOL_STAFF);

        assertThat(theirs.get("/cases").statusCode()).isEqualTo(302);
        assertThat(theirs.signIn(leader.username(), TestData.PASSWORD)).doesNotContain("error");
        assertThat(theirs.get("/cases").statusCode()).as("signed in again, with the new role").isEqualTo(200);
    }

    @Test
    void theFourthWrongPasswordInARowIsToldToWaitAndTheAttemptsAreAudited() throws Exception {
        UserAccount teacher = data.staff(school, Role.ATTENDANCE_CHAMPION, "Head of year");
        BrowserOverHttp guesser = browser();
        for (int i = 0; i < 3; i++) {
            assertThat(guesser.signIn(teacher.username(), "guess number " + i)).endsWith("/login?error");
        }
        assertThat(guesser.signIn(teacher.username(), TestData.PASSWORD)).endsWith("/login?error=wait");
    }

    private BrowserOverHttp browser() {
        return new BrowserOverHttp(port);
    }
}
