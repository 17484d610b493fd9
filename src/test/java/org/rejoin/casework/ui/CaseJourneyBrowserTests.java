package org.rejoin.casework.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.rejoin.BrowserTestSupport;
import org.rejoin.TestData;
import org.rejoin.casework.CaseService;
import org.rejoin.casework.CaseState;
import org.rejoin.casework.CaseSummary;
import org.rejoin.inbox.InboxService;
import org.rejoin.journey.JourneyProcess;
import org.rejoin.pupil.PupilService;
import org.rejoin.pupil.SchoolInfo;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;
import org.rejoin.security.UserService;
import org.springframework.data.domain.PageRequest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * End to end in Chromium: a champion uploads the week's CSV, the falling attendance opens a case and
 * starts the journey, and the case page draws the attendance chart and the journey's diagram with the
 * first step highlighted. A demo case's page is the README's picture (docs/screenshots/case-page.png).
 */
class CaseJourneyBrowserTests extends BrowserTestSupport {

    @Autowired
    TestData data;
    @Autowired
    PupilService pupils;
    @Autowired
    CaseService cases;
    @Autowired
    InboxService inbox;
    @Autowired
    UserService users;

    @Test
    void anUploadedCsvOpensACaseWhosePageShowsTheChartAndTheCurrentStep() throws Exception {
        SchoolInfo school = data.school();
        UserAccount champion = data.staff(school, Role.ATTENDANCE_CHAMPION, "Attendance champion");
        UUID pupil = data.pupil(school, "Uploaded");
        Path csv = Files.createTempFile("weekly-attendance", ".csv");
        Files.writeString(csv, weeksOf(pupils.pupil(champion, pupil).orElseThrow().upn()));

        signIn(champion.username(), TestData.PASSWORD);
        browser.get(url("attendance/import"));
        WebElement upload = waitFor(By.cssSelector("vaadin-upload"));
        SearchContext shadow = upload.getShadowRoot();
        shadow.findElement(By.cssSelector("input[type=file]")).sendKeys(csv.toString());
        waitFor(By.xpath("//*[contains(., 'imported')]"));

        CaseSummary opened = await().atMost(Duration.ofSeconds(60)).until(() -> cases.casesOfPupil(champion, pupil)
                .stream().findFirst(), Optional::isPresent).orElseThrow();
        await().atMost(Duration.ofSeconds(60)).until(() -> inbox.openStepsOfCase(champion, opened.id()).stream()
                .anyMatch(t -> t.elementId().equals(JourneyProcess.Elements.ACT_ON_DROP)));

        browser.get(url("cases"));
        click(By.xpath("//vaadin-grid-cell-content[normalize-space()='Pupil Uploaded']"));
        wait.until(d -> d.getCurrentUrl().contains("cases/" + opened.id()));

        WebElement canvas = waitFor(By.cssSelector("rejoin-attendance-chart[data-rendered=true] canvas"));
        assertThat(canvas.getDomAttribute("aria-label")).startsWith("Weekly attendance from ");
        WebElement active = waitFor(By.cssSelector("rejoin-process-diagram[data-rendered=true] "
                + ".djs-element.rejoin-active[data-element-id='" + JourneyProcess.Elements.ACT_ON_DROP + "']"));
        assertThat(active.isDisplayed()).isTrue();
        assertThat(browser.findElements(By.cssSelector("rejoin-process-diagram .djs-element.rejoin-active"))).hasSize(1);
        assertThat(browser.findElement(By.cssSelector(".case-chronology")).getText())
                .contains("Case opened: raised by the attendance data");

        // our stylesheet reaches the page (the pattern's facts are laid out as a two-column grid)
        assertThat(js("return getComputedStyle(document.querySelector('.case-pattern')).display;")).isEqualTo("grid");
        hideDevelopmentTools();
        js("document.querySelector('.case-now').scrollIntoView({block: 'start'});");
        screenshot("case-page-uploaded");
    }

    /** The README's picture: a demo champion on the demo case of the pupil first by name, as a visitor would see it. */
    @Test
    void aDemoCasePageShowsTheChartTheCurrentStepAndTheStory() throws Exception {
        UserAccount champion = users.findByUsername("champion@northfield.example").orElseThrow();
        CaseSummary first = cases.cases(champion, CaseState.OPEN, PageRequest.of(0, 500)).getContent().stream()
                .min(Comparator.comparing(CaseSummary::pupilName).thenComparing(CaseSummary::id)).orElseThrow();

        signIn(champion.username(), "attend-demo-2026");
        browser.get(url("cases/" + first.id()));

        waitFor(By.cssSelector("rejoin-attendance-chart[data-rendered=true] canvas"));
        waitFor(By.cssSelector("rejoin-process-diagram[data-rendered=true] .djs-element.rejoin-active"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(first.pupilName());
        assertThat(browser.findElement(By.cssSelector(".case-chronology")).getText()).contains("Case opened");
        js("document.querySelector('.case-now').scrollIntoView({block: 'start'});");
        docsScreenshot("case-page");
    }

    /** Six weeks falling to about 60% attendance, ending last week. */
    private static String weeksOf(String upn) {
        LocalDate monday = LocalDate.now().with(TemporalAdjusters.previous(DayOfWeek.MONDAY)).minusWeeks(1);
        StringBuilder csv = new StringBuilder("UPN,Week starting,Sessions possible,Present,Authorised absence,"
                + "Unauthorised absence,Late\n");
        int[] present = {9, 8, 7, 6, 6, 5};
        for (int w = 5; w >= 0; w--) {
            int here = present[5 - w];
            csv.append(upn).append(',').append(monday.minusWeeks(w)).append(",10,").append(here).append(",1,")
                    .append(9 - here).append(",0\n");
        }
        return csv.toString();
    }
}
