package org.rejoin.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
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

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

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
        Browser theirs = new Browser();

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
        Browser theirs = new Browser();
        theirs.signIn(lead.username(), TestData.PASSWORD);

        assertThat(theirs.get("/cases").headers().firstValue("Location").orElseThrow()).endsWith("/sign-in/code");
    }

    @Test
    void aChampionSignsInWithTheirPasswordAlone() throws Exception {
        UserAccount champion = data.staff(school, Role.ATTENDANCE_CHAMPION, "Head of year");
        Browser theirs = new Browser();
        theirs.signIn(champion.username(), TestData.PASSWORD);

        assertThat(theirs.get("/cases").statusCode()).isEqualTo(200);
    }

    @Test
    void withTheSettingOffALeaderSignsInWithTheirPasswordAlone() throws Exception {
        SecondFactorSwitch.switchOn(policy, false);
        UserAccount leader = data.staff(school, Role.LEADER, "Head");
        Browser theirs = new Browser();
        theirs.signIn(leader.username(), TestData.PASSWORD);

        assertThat(theirs.get("/cases").statusCode()).isEqualTo(200);
    }

    @Test
    void aWrongPasswordIsRefusedAsBeforeWithoutMentioningACode() throws Exception {
        UserAccount leader = data.staff(school, Role.LEADER, "Head");

        assertThat(new Browser().signIn(leader.username(), "not the password")).endsWith("/login?error");
    }

    /** One person's browser: its own cookies, no redirects followed. */
    final class Browser {
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        /** Posts the login form as the page would; returns where the app sends the browser next. */
        String signIn(String username, String password) throws Exception {
            var page = get("/login");
            var token = CSRF.matcher(page.body());
            String form = "username=" + encode(username) + "&password=" + encode(password)
                    + (token.find() ? "&_csrf=" + encode(token.group(1)) : "");
            var response = http.send(HttpRequest.newBuilder(uri("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("the login form's answer").isEqualTo(302);
            return response.headers().firstValue("Location").orElseThrow();
        }

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
