package org.rejoin.family.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoin.RejoinTest;
import org.rejoin.casework.Chronology;
import org.rejoin.casework.EntryKind;
import org.rejoin.family.FamilyCase;
import org.rejoin.family.FamilyService;
import org.rejoin.family.FamilyWord;
import org.rejoin.security.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The family's pages over HTTP, as a phone's browser reaches them: sessions, scoping, refusals and headers. */
@RejoinTest
class FamilyPagesTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    FamilyCase cases;
    @Autowired
    FamilyService family;
    @Autowired
    Chronology chronology;
    @Autowired
    AuditTrail audit;
    @Autowired
    FamilySessions sessions;
    @Autowired
    JdbcTemplate jdbc;

    FamilyCase.Made made;
    HttpClient phone;
    String link;

    @BeforeEach
    void aMotherInvited() {
        made = cases.make();
        chronology.add(made.champion(), made.caseId(), EntryKind.NOTE, "Staff note", "STAFF ONLY: talked to the GP",
                null);
        family.inviteContact(made.champion(), made.caseId(), made.mother().id());
        link = FamilyCase.linksTo(made.mother().email()).getFirst();
        phone = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Test
    void theLinkOpensThePlanInPlainWordsOnceAndNothingOfTheCaseRecord() throws Exception {
        HttpResponse<String> opened = get(link);
        assertThat(opened.statusCode()).isEqualTo(200);
        assertThat(opened.body()).contains("Open the family page");
        assertThat(opened.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(opened.headers().firstValue("Content-Security-Policy")).hasValue(FamilySecurity.CONTENT_SECURITY_POLICY);

        HttpResponse<String> used = post(link, csrf(opened), "");
        assertThat(used.statusCode()).isEqualTo(303);
        assertThat(used.headers().firstValue("Location")).hasValue("/family/cases/" + made.caseId());

        String page = get("/family/cases/" + made.caseId()).body();
        assertThat(page).contains("Maya&#39;s plan for school", "Back in school every morning by half term",
                "Step 2: Mornings every day", "What helps: coming in by a different door; Lunch in the library",
                "Done! Well done.", "After that: step 3, Full days.", "The next review is on", "4½ of 5 days",
                made.champion().displayName(), "A phone call every Friday");
        assertThat(page).doesNotContain("STAFF ONLY", "Hardly in since October", "Maya Family", "Staff note");

        HttpResponse<String> again = post(link, csrf(get(link)), "");
        assertThat(again.statusCode()).isEqualTo(410);
        assertThat(again.body()).contains("This link does not work", "This link has been used already");
    }

    @Test
    void anExpiredLinkIsRefusedWithAClearPage() throws Exception {
        jdbc.update("update family_link set expires_at = now() - interval '1 second' where member_id in "
                + "(select id from family_member where case_id = ?)", made.caseId());
        HttpResponse<String> refused = post(link, csrf(get(link)), "");
        assertThat(refused.statusCode()).isEqualTo(410);
        assertThat(refused.body()).contains("This link has run out", "Get a new link by email");
    }

    @Test
    void aFamilyMemberAskingForAnotherCasesPageByAddressFindsNothingAndTheAttemptIsAudited() throws Exception {
        FamilyCase.Made other = cases.make();
        signIn();

        HttpResponse<String> elsewhere = get("/family/cases/" + other.caseId());
        assertThat(elsewhere.statusCode()).isEqualTo(404);
        assertThat(elsewhere.body()).contains("Page not found").doesNotContain("Maya", "Back in school");
        assertThat(audit.count("ACCESS_DENIED", "case", other.caseId())).isEqualTo(1);
        HttpResponse<String> agreeing = post("/family/cases/" + other.caseId() + "/agree",
                csrf(get("/family/cases/" + made.caseId())), "");
        assertThat(agreeing.statusCode()).isEqualTo(404);
        assertThat(family.words(other.champion(), other.caseId())).isEmpty();
    }

    @Test
    void withoutASignInOrAfterAnIdleWhileThePageAsksForANewLink() throws Exception {
        assertThat(get("/family/cases/" + made.caseId()).statusCode()).isEqualTo(401);
        signIn();
        assertThat(get("/family/cases/" + made.caseId()).statusCode()).isEqualTo(200);
        try {
            sessions.clock = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(16));
            HttpResponse<String> idle = get("/family/cases/" + made.caseId());
            assertThat(idle.statusCode()).isEqualTo(401);
            assertThat(idle.body()).contains("you were signed out after a while");
        } finally {
            sessions.clock = Clock.systemUTC();
        }
        assertThat(get("/family/cases/" + made.caseId()).statusCode()).isEqualTo(401);
    }

    @Test
    void aParentAgreesThePlanAndGivesTheirViewWhichTheStaffRead() throws Exception {
        signIn();
        String page = get("/family/cases/" + made.caseId()).body();
        assertThat(post("/family/cases/" + made.caseId() + "/agree", csrf(page), "").statusCode()).isEqualTo(303);
        assertThat(get("/family/cases/" + made.caseId() + "?done=agreed").body())
                .contains("Thank you. You agreed the plan.", "You have agreed the plan.");

        String form = get("/family/cases/" + made.caseId() + "/view").body();
        assertThat(form).contains("Your view before the review", "How do you think the last step went?");
        assertThat(post("/family/cases/" + made.caseId() + "/view", csrf(form),
                "&lastStep=" + enc("Better than we hoped") + "&worries=").statusCode()).isEqualTo(303);

        assertThat(family.words(made.champion(), made.caseId())).extracting(FamilyWord::kind)
                .containsExactly(FamilyWord.Kind.PARENT_VIEW, FamilyWord.Kind.AGREED);
        assertThat(family.words(made.champion(), made.caseId()).getFirst().answers())
                .containsExactly(java.util.Map.entry("lastStep", "Better than we hoped"));
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
        signIn();
        assertThat(post("/family/cases/" + made.caseId() + "/agree", "wrong", "").statusCode()).isEqualTo(403);
        assertThat(family.words(made.champion(), made.caseId())).isEmpty();
    }

    private void signIn() throws Exception {
        assertThat(post(link, csrf(get(link)), "").statusCode()).isEqualTo(303);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return phone.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String csrf, String more) throws IOException, InterruptedException {
        return phone.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + enc(csrf) + more)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(HttpResponse<String> response) {
        return csrf(response.body());
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("a CSRF token in the form").isTrue();
        return m.group(1);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
