package org.rejoin.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.rejoin.AxeCheck;
import org.rejoin.BrowserTestSupport;
import org.rejoin.casework.CaseService;
import org.rejoin.casework.CaseState;
import org.rejoin.inbox.InboxService;
import org.rejoin.pupil.PupilService;
import org.rejoin.referral.AgencyType;
import org.rejoin.referral.ReferralService;
import org.rejoin.security.UserAccount;
import org.rejoin.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * axe-core in Chromium on every page each demo role opens, on the demo data: no WCAG 2.2 A/AA violation anywhere.
 * Pages with an id in their address take one of the demo school's own (a pupil, a case, a referral, a step).
 */
class AccessibilityBrowserTests extends BrowserTestSupport {

    private static final String PASSWORD = "attend-demo-2026";

    @Autowired UserService users;
    @Autowired PupilService pupils;
    @Autowired CaseService cases;
    @Autowired InboxService inbox;
    @Autowired ReferralService referrals;

    @BeforeEach
    void axeInstalled() {
        Assumptions.assumeTrue(AxeCheck.installed(), "axe-core is needed: cd tools/axe && npm ci (.ci/run does)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "champion@northfield.example | ;inbox;pupils;pupil;cases;case;cases/new;attendance/import;attendance/sessions;notifications;referral",
            "leader@northfield.example | overview;overview/cases;outcomes;targeting;cases;case;referral;attendance/import",
            "tutor@northfield.example | inbox;pupils",
            "early-help@riverside.example | agency;inbox",
            "attendance-lead@riverside.example | overview;outcomes;targeting",
            "admin@rejoin.example | admin/users;admin/agencies;admin/schools;admin/staff;admin/roster;admin/calendar;admin/incidents;admin/emails;admin/demo-mail;audit;setup"})
    void everyPageOfThisRoleMeetsWcag22AA(String username, String pages) {
        UserAccount northfieldChampion = users.findByUsername("champion@northfield.example").orElseThrow();
        Map<String, List<String>> found = new LinkedHashMap<>();
        signIn(username, PASSWORD);
        for (String page : pages.split(";", -1)) {
            String path = address(page.strip(), northfieldChampion);
            browser.get(url(path));
            waitFor(By.cssSelector("body"));
            settle();
            List<String> violations = AxeCheck.violations(browser);
            if (!violations.isEmpty()) {
                found.put("/" + path, violations);
            }
        }
        assertThat(found).as("WCAG 2.2 A/AA violations axe found, by page").isEmpty();
    }

    @Test
    void theSignInPageMeetsWcag22AA() {
        browser.get(url("login"));
        waitFor(By.cssSelector("input[name=username]"));
        assertThat(AxeCheck.violations(browser)).isEmpty();
    }

    @Test
    void aTaskFormShowingItsErrorsMeetsWcag22AA() {
        UserAccount champion = users.findByUsername("champion@northfield.example").orElseThrow();
        UUID step = inbox.groupTasks(champion, PageRequest.of(0, 1)).getContent().getFirst().id();
        signIn(champion.username(), PASSWORD);
        browser.get(url("tasks/" + step));
        waitFor(By.cssSelector("rejoin-form .fjs-form"));
        click(By.xpath("//vaadin-button[normalize-space()='Claim to start']")); // a step is read-only until held
        waitFor(By.xpath("//vaadin-button[normalize-space()='Submit']")); // the form is drawn again, editable
        waitFor(By.cssSelector("rejoin-form .fjs-form"));
        click(By.xpath("//vaadin-button[normalize-space()='Submit']"));
        waitFor(By.cssSelector(".rejoin-form-summary"));
        settle();
        assertThat(AxeCheck.violations(browser)).isEmpty();
    }

    private String address(String page, UserAccount champion) {
        return switch (page) {
            case "pupil" -> "pupils/" + pupils.pupilsOfMySchool(champion, "", PageRequest.of(0, 1)).getContent()
                    .getFirst().id();
            case "case" -> "cases/" + openCase(champion);
            case "targeting" -> "targeting/" + champion.schoolId();
            case "referral" -> "referrals/" + referral(champion);
            default -> page;
        };
    }

    private UUID openCase(UserAccount champion) {
        return cases.cases(champion, CaseState.OPEN, PageRequest.of(0, 1)).getContent().getFirst().id();
    }

    /** One referral for every test of this class: the last open case's, to Educational psychology. */
    private synchronized UUID referral(UserAccount champion) {
        var last = cases.cases(champion, CaseState.OPEN, PageRequest.of(0, 100)).getContent().getLast().id();
        return referrals.referralsOfCase(champion, last).stream().findFirst().map(r -> r.id())
                .orElseGet(() -> referrals.requestByHand(champion, last, AgencyType.EDUCATIONAL_PSYCHOLOGY,
                        "Finds reading hard and avoids lessons with a lot of it"));
    }

    /**
     * Charts and lazy grids draw after the page loads: wait (at most 15 s) until Vaadin has nothing in flight. A page
     * that keeps a request going (polling) is checked as it is then.
     */
    private void settle() {
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(15))
                    .until(d -> Boolean.TRUE.equals(js("""
                            return !!window.Vaadin && !!window.Vaadin.Flow && Object.values(window.Vaadin.Flow.clients || {})
                              .every(c => !c.isActive());""")));
        } catch (org.openqa.selenium.TimeoutException stillBusy) {
            // checked as it is: axe reads the page that is there
        }
    }
}
