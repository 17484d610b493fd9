package org.rejoin.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoin.TestData;
import org.rejoin.pupil.SchoolInfo;
import org.rejoin.security.Role;
import org.rejoin.security.SchoolStaff;
import org.rejoin.security.UserAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Over HTTP through the running app's own login form, with the second factor switched on: a password alone takes
 * the widest access no further than the code page, whatever address is asked for; other roles, and everyone when
 * the setting is off, go straight in.
 */
@org.rejoin.RejoinTest
class SecondFactorSignInOverHttpTests {


    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    SecondFactorPolicy policy;
    @Autowired
    SchoolStaff staff;
    @Autowired
    JdbcTemplate jdbc;

    SchoolInfo school;

    @BeforeEach
    void switchedOn() {
        SecondFactorSwitch.switchOn(policy, true);
        school = data.school();
    }

    @AfterEach
    void switchedOffAgain() {
        SecondFactorSwitch.switchOn(policy, false);
    }

    @Test
    void aLeaderWhosePasswordIsRightReachesNothingButTheCodePage() throws Exception {
        UserAccount leader = data.staff(school, Role.LEADER, "Deputy head");
        BrowserOverHttp theirs = browser();

        assertThat(theirs.signIn(leader.username(), TestData.PASSWORD)).doesNotContain("error");

        for (String address : List.of("/", "/cases", "/cases/" + UUID.randomUUID(), "/admin/users",
                "/account/password", "/inbox")) {
            var answer = theirs.get(address);
            assertThat(answer.statusCode()).as(address).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location").orElseThrow()).as(address).endsWith("/sign-in/code");
        }
        assertThat(theirs.get("/sign-in/code").statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForList("select detail from audit_event where actor = ? and action = 'SIGN_IN'",
                String.class, leader.username())).containsExactly("password accepted; code from the authenticator app asked");
    }

    @Test
    void aDesignatedSafeguardingLeadIsAskedForACodeWhateverTheirRole() throws Exception {
        UserAccount lead = data.staff(school, Role.SCHOOL_STAFF, "Pastoral lead");
        staff.designateSafeguardingLead(data.admin(), lead.id(), true);
        BrowserOverHttp theirs = browser();
        theirs.signIn(lead.username(), TestData.PASSWORD);

        assertThat(theirs.get("/cases").headers().firstValue("Location").orElseThrow()).endsWith("/sign-in/code");
    }

    @Test
    void aChampionSignsInWithTheirPasswordAlone() throws Exception {
        UserAccount champion = data.staff(school, Role.ATTENDANCE_CHAMPION, "Head of year");
        BrowserOverHttp theirs = browser();
        theirs.signIn(champion.username(), TestData.PASSWORD);

        assertThat(theirs.get("/cases").statusCode()).isEqualTo(200);
    }

    @Test
    void withTheSettingOffALeaderSignsInWithTheirPasswordAlone() throws Exception {
        SecondFactorSwitch.switchOn(policy, false);
        UserAccount leader = data.staff(school, Role.LEADER, "Head");
        BrowserOverHttp theirs = browser();
        theirs.signIn(leader.username(), TestData.PASSWORD);

        assertThat(theirs.get("/cases").statusCode()).isEqualTo(200);
    }

    @Test
    void aWrongPasswordIsRefusedAsBeforeWithoutMentioningACode() throws Exception {
        UserAccount leader = data.staff(school, Role.LEADER, "Head");

        assertThat(browser().signIn(leader.username(), "not the password")).endsWith("/login?error");
    }

    private BrowserOverHttp browser() {
        return new BrowserOverHttp(port);
    }
}
