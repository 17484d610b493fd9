package org.rejoin.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
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

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

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
        Browser theirs = new Browser();
        Browser colleagues = new Browser();
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
        Browser theirs = new Browser();
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
        Browser guesser = new Browser();
        for (int i = 0; i < 3; i++) {
            assertThat(guesser.signIn(teacher.username(), "guess number " + i)).endsWith("/login?error");
        }
        assertThat(guesser.signIn(teacher.username(), TestData.PASSWORD)).endsWith("/login?error=wait");
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
