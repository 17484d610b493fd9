package org.rejoin.onboarding;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rejoin.DocsScreenshots;
import org.rejoin.Chromium;
import org.rejoin.TestData;
import org.rejoin.faults.ExternalRejoin;

/**
 * A real school from an empty database to its first attendance import, in Chromium, as its people do it: Rejoin in its
 * external run (profile "external", no demo data) on a PostgreSQL and an in-memory engine of this test's own.
 * The first administrator registers the local authority, the school and an agency and invites the school's
 * administrator, a champion and a leader; each follows their invitation link and sets a password; the school's
 * administrator imports the roster, the contacts and the term dates; the champion imports attendance. Screenshots
 * of each stage are kept under target/screenshots/onboarding-*.png, and written to docs/screenshots for
 * docs/operating/putting-a-school-on-rejoin.md with {@code -Drejoin.screenshots.write=true}.
 */
@Tag("own-engine")
class FirstSchoolBrowserTests {

    static final String PASSWORD = "a long password for staff 2026";

    static ExternalRejoin rejoin;
    static int port;

    WebDriver browser;
    WebDriverWait wait;

    @BeforeAll
    static void anEmptyRejoinInItsExternalRun() {
        port = ExternalRejoin.freePort();
        // the authenticator app at sign-in has its own browser test (SingleSignOnBrowserTests); this one follows a
        // school's set-up, signing in several of the roles asked for a code
        rejoin = ExternalRejoin.servedAt("http://localhost:" + port, "--rejoin.security.second-factor.required=false");
    }

    @AfterAll
    static void stopEverything() {
        if (rejoin != null) {
            rejoin.close();
        }
    }

    @AfterEach
    void closeTheBrowser() throws IOException {
        if (browser != null) {
            screenshot("onboarding-last"); // where it stopped, if it failed
            browser.quit();
        }
    }

    @Test
    void aSchoolGoesFromAnEmptyDatabaseToItsFirstAttendanceImport() throws Exception {
        browser = Chromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(90));
        String urn = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
        String domain = "oakfield-" + urn + ".sch.uk";

        signIn(ExternalRejoin.FIRST_ADMIN, ExternalRejoin.FIRST_ADMIN_PASSWORD);
        // the start-up password stays in the deployment's settings, so the first sign-in asks for a new one
        type("Current password", ExternalRejoin.FIRST_ADMIN_PASSWORD);
        type("New password", PASSWORD);
        type("The same new password again", PASSWORD);
        button("Change my password");
        waitForText("Your password is changed");
        open("admin/schools");
        type("Local authority number", "999");
        type("Local authority name", "Testshire");
        button("Add local authority");
        waitForText("Testshire");
        type("URN", urn);
        type("School name", "Oakfield Academy");
        choose("Local authority", "Testshire");
        type("Staff email domain", domain);
        button("Register school");
        waitForText("Registered Oakfield Academy (URN " + urn + ")");
        docsScreenshot("onboarding-1-school-registered");

        open("admin/agencies");
        type("Agency name", "Testshire Early Help");
        select("Kind of agency", "Early Help");
        choose("Local authority it serves", "Testshire");
        type("Shared contact email", "early.help@testshire.example");
        button("Register agency");
        waitForText("Testshire Early Help");
        docsScreenshot("onboarding-2-agency-registered");

        open("admin/schools");
        click(By.xpath("//a[normalize-space()='Staff']"));
        String schoolAdmin = invite("data.manager@" + domain, "Dana Data", "School administrator");
        String champion = invite("champion@" + domain, "Chris Champion", "Attendance champion");
        String leader = invite("head@" + domain, "Lee Leader", "Leader");
        docsScreenshot("onboarding-3-staff-invited");
        signOut();

        setPassword(schoolAdmin);
        setPassword(champion);
        setPassword(leader);

        signIn("data.manager@" + domain, PASSWORD);
        LocalDate monday = LocalDate.now().with(TemporalAdjusters.previous(DayOfWeek.MONDAY)).minusWeeks(1);
        String upn = TestData.randomUpn(); // with a valid check letter: the roster refuses a mistyped one
        open("admin/calendar");
        upload(0, "terms.csv", "Type,Name,Start date,End date\n"
                + "Term,This term," + monday.minusWeeks(8) + "," + monday.plusWeeks(8) + "\n");
        waitForText("Added 1 entries");
        open("admin/roster");
        upload(0, "roster.csv", "UPN,Legal Forename,Preferred Forename,Legal Surname,Date of Birth,Year Group,"
                + "Reg Group,Admission Date,Leaving Date,SEN Status,FSM,EAL\n"
                + upn + ",Amelia,Millie,Ahmed,2012-03-14,9,9KM," + monday.minusYears(2) + ",,N,no,yes\n");
        waitForText("Imported 1 pupils");
        upload(1, "contacts.csv", "UPN,Contact Name,Relationship,Parental Responsibility,Priority,Email,Phone,"
                + "Address,No Contact\n" + upn + ",Farah Ahmed,Mother,yes,1,farah.ahmed@example.com,07700 900101,"
                + "\"12 Elm Road, Oakfield\",no\n");
        waitForText("Imported 1 contacts");
        docsScreenshot("onboarding-4-roster-imported");
        signOut();

        signIn("champion@" + domain, PASSWORD);
        open("attendance/import");
        StringBuilder weeks = new StringBuilder("UPN,Week starting,Sessions possible,Present,Authorised absence,"
                + "Unauthorised absence,Late\n");
        for (int w = 5; w >= 0; w--) {
            weeks.append(upn).append(',').append(monday.minusWeeks(w)).append(",10,6,1,3,0\n");
        }
        upload(0, "weekly.csv", weeks.toString());
        waitForText("Imported 6 rows for 1 pupils");
        docsScreenshot("onboarding-5-attendance-imported");

        // the import's triage opens the case after the import commits, and the engine then offers step 1
        reloadUntilShown("inbox?list=GROUPS", "1. Take action as soon as you notice a drop in attendance");
        assertThat(text()).contains("Millie Ahmed");
        docsScreenshot("onboarding-6-first-step-waiting");
    }

    /** Invites one person on the open school's staff page; returns the link shown to pass on. */
    private String invite(String email, String name, String role) {
        type("Work email", email);
        type("Name", name);
        select("Role", role);
        button("Invite");
        By link = By.xpath("//vaadin-grid-cell-content[contains(., '/invitation/') and "
                + "preceding::vaadin-grid-cell-content[normalize-space()='" + email + "']]");
        return wait.until(ExpectedConditions.visibilityOfElementLocated(link)).getText().strip();
    }

    private void setPassword(String invitationLink) {
        browser.get(invitationLink);
        type("New password", PASSWORD);
        type("The same password again", PASSWORD);
        button("Set my password");
        waitForText("Your password is set");
    }

    private void signIn(String username, String password) {
        browser.get(url("login"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=username]"))).sendKeys(username);
        browser.findElement(By.cssSelector("input[name=password]")).sendKeys(password);
        browser.findElement(By.cssSelector("vaadin-login-form vaadin-button")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("login")));
    }

    private void signOut() {
        button("Sign out");
        wait.until(ExpectedConditions.urlContains("login"));
    }

    private void open(String path) {
        browser.get(url(path));
        wait.until(driver -> !driver.findElements(By.tagName("h1")).isEmpty());
    }

    /** Opens the page again until it shows the text (each time giving the page a few seconds to draw its lists). */
    private void reloadUntilShown(String path, String expected) {
        wait.until(driver -> {
            open(path);
            try {
                new WebDriverWait(driver, Duration.ofSeconds(10)).until(drawn -> text().contains(expected));
                return true;
            } catch (TimeoutException notYet) {
                return false;
            }
        });
    }

    private void type(String label, String value) {
        WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(field(label, "input")));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value);
    }

    /** A combo box: typed, then the matching item taken with Enter. */
    private void choose(String label, String value) {
        type(label, value);
        WebElement input = browser.findElement(field(label, "input"));
        wait.until(driver -> !driver.findElements(By.cssSelector("vaadin-combo-box-item")).isEmpty());
        input.sendKeys(Keys.ENTER);
    }

    private void select(String label, String item) {
        click(field(label, "vaadin-select-value-button"));
        click(By.xpath("//vaadin-select-item[normalize-space()=\"" + item + "\"]"));
    }

    /** A Vaadin field by its label (a slotted label element, in the page's light DOM) and a part inside it. */
    private static By field(String label, String part) {
        return By.xpath("//*[label[normalize-space()=\"" + label + "\"]]//" + part);
    }

    private void button(String text) {
        click(By.xpath("//vaadin-button[normalize-space()=\"" + text + "\"]"));
    }

    private void click(By locator) {
        WebElement element = wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    /** Gives the n-th upload on the page a file, as choosing it in the file dialog does. */
    private void upload(int index, String name, String content) throws IOException {
        Path file = Files.createTempDirectory("rejoin-onboarding").resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        List<WebElement> uploads = wait.until(driver -> {
            var found = driver.findElements(By.tagName("vaadin-upload"));
            return found.size() > index ? found : null;
        });
        WebElement input = (WebElement) ((JavascriptExecutor) browser).executeScript(
                "return arguments[0].shadowRoot.querySelector('input[type=file]') "
                        + "|| arguments[0].querySelector('input[type=file]');", uploads.get(index));
        input.sendKeys(file.toString());
    }

    private void waitForText(String expected) {
        wait.until(driver -> text().contains(expected));
    }

    private String text() {
        return (String) ((JavascriptExecutor) browser).executeScript("return document.body.innerText;");
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** Kept under target/screenshots; a stage's picture is also written to docs/ when the run asks for it. */
    private void docsScreenshot(String name) throws IOException {
        DocsScreenshots.forTheDocs(browser, name);
    }

    private void screenshot(String name) throws IOException {
        DocsScreenshots.keep(browser, name);
    }
}
