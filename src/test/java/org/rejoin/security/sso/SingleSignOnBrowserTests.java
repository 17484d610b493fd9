package org.rejoin.security.sso;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rejoin.Chromium;
import org.rejoin.TestData;
import org.rejoin.faults.ExternalRejoin;
import org.rejoin.pupil.SchoolService;
import org.rejoin.security.NewUser;
import org.rejoin.security.Role;
import org.rejoin.security.SchoolSignIn;
import org.rejoin.security.UserService;
import org.rejoin.security.internal.SecondFactorSwitch;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.session.SessionRegistry;

/**
 * Sign-in with a school's own account through a real OpenID provider (Spring Authorization Server on localhost),
 * the whole authorization-code flow with PKCE in Chromium, against Rejoin on 127.0.0.1 (different host names keep
 * the two session cookies apart). Rejoin runs in its external profile with two providers configured: "school"
 * (as an Entra ID tenant) and "google-test" (treated as Google Workspace, its {@code hd} claim checked).
 */
@Tag("own-engine")
class SingleSignOnBrowserTests {

    static ConfigurableApplicationContext provider;
    static ExternalRejoin rejoin;
    static ConfigurableApplicationContext app;
    static String appBase;

    String domain;
    UUID schoolId;
    WebDriver browser;
    WebDriverWait wait;

    @BeforeAll
    static void rejoinWithTwoSchoolAccountProviders() {
        int providerPort = ExternalRejoin.freePort();
        appBase = "http://127.0.0.1:" + ExternalRejoin.freePort();
        provider = TestOpenIdProvider.start(providerPort, appBase);
        String registration = "--spring.security.oauth2.client.registration.";
        rejoin = ExternalRejoin.servedAt(appBase,
                registration + "school.client-id=" + TestOpenIdProvider.SCHOOL_CLIENT,
                registration + "school.client-secret=" + TestOpenIdProvider.secret(TestOpenIdProvider.SCHOOL_CLIENT),
                registration + "school.client-name=Oakfield Microsoft",
                registration + "school.scope=openid,email,profile",
                registration + "school.provider=test-provider",
                registration + "google-test.client-id=" + TestOpenIdProvider.GOOGLE_CLIENT,
                registration + "google-test.client-secret=" + TestOpenIdProvider.secret(TestOpenIdProvider.GOOGLE_CLIENT),
                registration + "google-test.client-name=Google",
                registration + "google-test.scope=openid,email,profile",
                registration + "google-test.provider=test-provider",
                "--spring.security.oauth2.client.provider.test-provider.issuer-uri=http://localhost:" + providerPort,
                "--rejoin.security.single-sign-on.google-workspace=google-test");
        app = rejoin.app();
    }

    @AfterAll
    static void stopEverything() {
        if (rejoin != null) {
            rejoin.close();
        }
        if (provider != null) {
            provider.close();
        }
    }

    @BeforeEach
    void aSchoolWithItsOwnDomain() throws IOException {
        String urn = TestData.uniqueUrn();
        domain = "school" + urn + ".sch.uk";
        schoolId = app.getBean(SchoolService.class).create(urn, "SSO School " + urn, "Testshire").id();
        app.getBean(JdbcTemplate.class).update("update school set email_domain = ? where id = ?", domain, schoolId);
        browser = Chromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    @AfterEach
    void closeTheBrowser() throws IOException {
        if (browser != null) {
            var shot = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
            Files.write(java.nio.file.Path.of("target", "screenshots", "sso-last.png"), shot);
            browser.quit();
        }
    }

    @Test
    void aChampionSignsInWithTheSchoolAccountAsTheirRejoinRoleAndSignsOutAtTheProviderToo() {
        String email = "champion@" + domain;
        signInWithTheSchoolAccount(email, "Ada Champion", Role.ATTENDANCE_CHAMPION);

        assertThat(browser.getCurrentUrl()).startsWith(appBase).doesNotContain("login");
        assertThat(signedInRoles(email)).containsExactly("ROLE_ATTENDANCE_CHAMPION");
        assertThat(audited(email, "SIGN_IN")).isEqualTo(1);

        browser.findElement(By.xpath("//vaadin-button[normalize-space()='Sign out']")).click();
        wait.until(ExpectedConditions.urlToBe(appBase + "/login?signed-out"));
        browser.get(appBase + "/");
        wait.until(ExpectedConditions.urlContains("/login"));
        // the provider's session ended as well: the next person at this computer must sign in there again
        click("Sign in with Oakfield Microsoft");
        wait.until(ExpectedConditions.urlContains("localhost"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    }

    @Test
    void someoneWithNoRejoinAccountIsToldSoAndTheAttemptIsAudited() {
        String email = "visitor@" + domain;
        String atProvider = person(email, Map.of("email", email, "email_verified", true));

        signInWith("Oakfield Microsoft", atProvider);

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                "No Rejoin account for " + email + "; ask your school's Rejoin administrator."));
        assertThat(audited(email, "SIGN_IN_REFUSED")).isEqualTo(1);
        browser.get(appBase + "/");
        wait.until(ExpectedConditions.urlContains("/login"));
    }

    @Test
    void anUnverifiedEmailDoesNotSignIn() {
        String email = "leader@" + domain;
        staff(email, "Unverified Leader", Role.LEADER);
        String atProvider = person(email, Map.of("email", email, "email_verified", false));

        signInWith("Oakfield Microsoft", atProvider);

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "No Rejoin account for " + email));
        assertThat(audited(email, "SIGN_IN")).isZero();
    }

    @Test
    void googleSignInNeedsTheSchoolsWorkspaceDomain() {
        String email = "staff@" + domain;
        staff(email, "Grace Staff", Role.SCHOOL_STAFF);
        String elsewhere = person(email, Map.of("email", email, "email_verified", true, "hd", "elsewhere.example"));

        signInWith("Google", elsewhere);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "No Rejoin account for " + email));
        assertThat(audited(email, "SIGN_IN_REFUSED")).isEqualTo(1);
        assertThat(audited(email, "SIGN_IN")).isZero();

        browser.manage().deleteAllCookies();
        browser.quit();
        browser = null;
        try {
            browser = Chromium.start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        String ofTheSchool = person(email, Map.of("email", email, "email_verified", true, "hd", domain));
        signInWith("Google", ofTheSchool);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".signed-in-as"), "Grace Staff"));
        assertThat(signedInRoles(email)).containsExactly("ROLE_SCHOOL_STAFF");
    }

    @Test
    void aSchoolThatTurnedPasswordsOffTellsItsStaffWhichAccountToUse() {
        String email = "head@" + domain;
        staff(email, "Harriet Head", Role.LEADER);
        var admin = app.getBean(UserService.class).create(new NewUser("admin@" + domain, "Data Manager", "Data manager",
                Role.SCHOOL_ADMIN, schoolId, null, TestData.PASSWORD));
        app.getBean(SchoolSignIn.class).setPasswordSignIn(admin, schoolId, false);

        signInWithPassword(email);

        wait.until(ExpectedConditions.urlContains("error=school-account"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                "Your school signs in with Oakfield Microsoft or Google"));
        assertThat(audited(email, "SIGN_IN")).isZero();
    }

    @Test
    void aLeaderSigningInWithTheSchoolAccountIsNotAskedForACode() {
        String email = "deputy@" + domain;
        signInWithTheSchoolAccount(email, "Dev Deputy", Role.LEADER);

        assertThat(browser.getCurrentUrl()).doesNotContain("sign-in/");
        assertThat(signedInRoles(email)).containsExactly("ROLE_LEADER");
    }

    /**
     * The external profile asks the widest access for a code after a password (issue 21): a leader sets up the app
     * from the key the page shows, gets the recovery codes, and next time gives the app's code.
     */
    @Test
    void aLeaderSigningInWithAPasswordSetsUpTheAuthenticatorAppAndGivesItsCodeNextTime() {
        String email = "head@" + domain;
        staff(email, "Harriet Head", Role.LEADER);

        signInWithPassword(email);
        wait.until(ExpectedConditions.urlContains("/sign-in/enrol"));
        String keyLine = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//p[starts-with(normalize-space(), 'Or type this key')]"))).getText();
        String secret = keyLine.substring(keyLine.indexOf(':') + 1).replace(" ", "");
        assertThat(browser.findElement(By.cssSelector("img[alt^='QR code']")).getAttribute("src"))
                .startsWith("data:image/png;base64,");
        typeCode(SecondFactorSwitch.codeNow(secret));
        click("Confirm and sign in");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Your recovery codes"));
        assertThat(browser.findElements(By.cssSelector("ol li"))).hasSize(10);
        click("I have kept them: go on to Rejoin");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".signed-in-as"), "Harriet Head"));

        browser.findElement(By.xpath("//vaadin-button[normalize-space()='Sign out']")).click();
        wait.until(ExpectedConditions.urlContains("/login"));
        signInWithPassword(email);
        wait.until(ExpectedConditions.urlContains("/sign-in/code"));
        browser.get(appBase + "/cases");
        wait.until(ExpectedConditions.urlContains("/sign-in/code"));
        typeCode(SecondFactorSwitch.codeNow(secret, 1));
        click("Sign in");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".signed-in-as"), "Harriet Head"));
        assertThat(audited(email, "SECOND_FACTOR_PASSED")).isOne();
    }

    /** A member of staff with a Rejoin account and a verified email at the school's provider signs in there. */
    private void signInWithTheSchoolAccount(String email, String name, Role role) {
        staff(email, name, role);
        signInWith("Oakfield Microsoft", person(email, Map.of("email", email, "email_verified", true)));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".signed-in-as"), name));
    }

    private void signInWithPassword(String email) {
        browser.get(appBase + "/login");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=username]"))).sendKeys(email);
        browser.findElement(By.cssSelector("input[name=password]")).sendKeys(TestData.PASSWORD);
        browser.findElement(By.cssSelector("vaadin-login-form vaadin-button")).click();
    }

    private void typeCode(String code) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//vaadin-text-field[label[normalize-space()='Code from your authenticator app']]//input")))
                .sendKeys(code);
    }

    private void signInWith(String providerName, String nameAtProvider) {
        browser.get(appBase + "/login");
        click("Sign in with " + providerName);
        wait.until(ExpectedConditions.urlContains("localhost"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(nameAtProvider);
        browser.findElement(By.id("password")).sendKeys(TestOpenIdProvider.PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.urlMatches("^" + java.util.regex.Pattern.quote(appBase)));
    }

    private void click(String buttonText) {
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-button[normalize-space()='" + buttonText + "']"))).click();
    }

    private void staff(String email, String name, Role role) {
        app.getBean(UserService.class).create(new NewUser(email, name, "Teacher", role, schoolId, null,
                TestData.PASSWORD));
    }

    /** A person at the provider with these ID token claims; a unique name there, since people are never removed. */
    private static String person(String email, Map<String, Object> claims) {
        String name = "p-" + UUID.randomUUID().toString().substring(0, 8);
        TestOpenIdProvider.addPerson(provider, name, claims);
        return name;
    }

    private static java.util.List<String> signedInRoles(String email) {
        var sessions = app.getBean(SessionRegistry.class);
        return sessions.getAllPrincipals().stream()
                .filter(p -> p instanceof org.springframework.security.core.AuthenticatedPrincipal signedIn
                        && signedIn.getName().equalsIgnoreCase(email))
                .flatMap(p -> ((org.springframework.security.oauth2.core.user.OAuth2User) p).getAuthorities().stream())
                .map(Object::toString).toList();
    }

    private static long audited(String actor, String action) {
        Long count = app.getBean(JdbcTemplate.class).queryForObject(
                "select count(*) from audit_event where actor = ? and action = ?", Long.class, actor, action);
        return count == null ? 0 : count;
    }
}
