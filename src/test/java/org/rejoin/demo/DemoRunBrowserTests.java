package org.rejoin.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rejoin.Chromium;
import org.rejoin.DocsScreenshots;
import org.rejoin.RejoinApplication;
import org.rejoin.casework.CaseService;
import org.rejoin.casework.CaseState;
import org.rejoin.casework.CaseSummary;
import org.rejoin.casework.TimeFromConcern;
import org.rejoin.engine.EngineClock;
import org.rejoin.engine.OneEngineAtATime;
import org.rejoin.engine.internal.EmbeddedRuns;
import org.rejoin.faults.ExternalRejoin;
import org.rejoin.insight.Outcomes;
import org.rejoin.pupil.AttendanceBeforeAndSince;
import org.rejoin.security.Oversight;
import org.rejoin.security.UserAccount;
import org.rejoin.security.UserService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;

/**
 * The demo run as {@code ./mvnw spring-boot:run} starts it (the embedded run, with its own PostgreSQL and in-memory
 * engine, the demo's default settings), so what only the real run does is tested: the engine's clock starts about a
 * year behind, and the year of past cases, the plans with a history and the stages are all made before today. A
 * leader's Outcomes then show a year of casework.
 */
@Tag("own-engine")
@ExtendWith(OneEngineAtATime.class)
class DemoRunBrowserTests {

    private static final java.time.ZoneId UK = java.time.ZoneId.of("Europe/London");
    private static ConfigurableApplicationContext demo;
    private static int port;
    private WebDriver browser;

    @BeforeAll
    static void theDemoRun() throws InterruptedException {
        port = ExternalRejoin.freePort();
        demo = new SpringApplicationBuilder(RejoinApplication.class).run("--server.port=" + port,
                "--spring.main.banner-mode=off");
        assertThat(demo.getBean(DemoStageRunner.class).awaitStaged(Duration.ofMinutes(4)))
                .as("the demo's cases reached their stages").isTrue();
    }

    @AfterAll
    static void stopIt() {
        if (demo != null) {
            demo.close();
        }
        EmbeddedRuns.stopTheirParts();
    }

    @AfterEach
    void closeTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theEnginesClockIsBackAtTodayAfterTheHistory() {
        assertThat(demo.getBean(EngineClock.class).offset()).isZero();
    }

    @Test
    void pastCasesOpenedOverTheYearRanTheirCourseAndClosedWhenAttendanceHeld() {
        UserAccount leader = user("leader@northfield.example");
        List<CaseSummary> closed = demo.getBean(CaseService.class)
                .cases(leader, CaseState.CLOSED, PageRequest.of(0, 50)).getContent();
        LocalDate today = demo.getBean(Outcomes.class).today();
        assertThat(closed).hasSize(DemoYearOfCasework.WEEKS_AGO.size());
        for (CaseSummary pastCase : closed) {
            var details = demo.getBean(CaseService.class).find(leader, pastCase.id()).orElseThrow();
            assertThat(details.closedReason()).startsWith("Attendance held");
        }
        assertThat(closed.stream().map(c -> ChronoUnit.WEEKS.between(LocalDate.ofInstant(c.openedAt(), UK), today)))
                .as("weeks since each past case opened").allMatch(weeks -> weeks >= 20)
                .anyMatch(weeks -> weeks >= 45);
    }

    @Test
    void outcomesShowAYearOfCasework() {
        Oversight school = Oversight.of(user("leader@northfield.example"));
        Outcomes outcomes = demo.getBean(Outcomes.class);

        TimeFromConcern toPlan = outcomes.timeToPlan(school);
        // the year's four plans (9 to 23 days after the concern), the history's two (14 days), the stages' plans
        assertThat(toPlan.count()).isGreaterThanOrEqualTo(DemoYearOfCasework.WEEKS_AGO.size() + 2);
        assertThat(toPlan.byMonth()).as("months in which plans started").hasSizeGreaterThanOrEqualTo(5);
        assertThat(toPlan.twoToFourWeeks()).isGreaterThanOrEqualTo(2);

        List<AttendanceBeforeAndSince> byCase = outcomes.attendanceByCase(school,
                PageRequest.of(0, 200)).getContent();
        List<AttendanceBeforeAndSince> compared = byCase.stream().filter(AttendanceBeforeAndSince::compared).toList();
        assertThat(compared).as("cases with attendance before and since").hasSizeGreaterThanOrEqualTo(
                DemoYearOfCasework.WEEKS_AGO.size());
        assertThat(compared.stream().filter(c -> c.direction() == AttendanceBeforeAndSince.Direction.IMPROVED))
                .as("cases after which attendance improved").hasSizeGreaterThanOrEqualTo(2);

        assertThat(outcomes.stepTimes(school)).as("median time of each step").hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void theOutcomesPageDrawsTheYear() throws IOException {
        browser = Chromium.start();
        var wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get("http://localhost:" + port + "/login");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=username]")))
                .sendKeys("leader@northfield.example");
        browser.findElement(By.cssSelector("input[name=password]")).sendKeys(DemoDataSeeder.PASSWORD);
        browser.findElement(By.cssSelector("vaadin-login-form vaadin-button")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("login")));
        browser.get("http://localhost:" + port + "/outcomes");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//rejoin-figure-chart[@data-rendered='true']"
                + "[.//caption[normalize-space()='How attendance changed, cases opened in the last 12 months']]")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//rejoin-figure-chart[@data-rendered='true']"
                + "[.//caption[starts-with(normalize-space(), 'Pupils persistently and severely absent')]]")));
        docsScreenshot("outcomes-year-of-casework");
        var toPlan = browser.findElement(By.xpath("//h2[normalize-space()='From first concern to a support plan']"));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'});",
                toPlan);
        docsScreenshot("outcomes-time-to-plan");
    }

    private void docsScreenshot(String name) throws IOException {
        DocsScreenshots.forTheDocs(browser, name);
    }

    private static UserAccount user(String username) {
        return demo.getBean(UserService.class).findByUsername(username).orElseThrow();
    }
}
