package org.rejoin.inbox.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.rejoin.BrowserTestSupport;
import org.rejoin.inbox.internal.ProcessModels;
import org.rejoin.pupil.PupilService;
import org.rejoin.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/** A champion in a real browser signs in, opens a step from the inbox, submits it and sees the next step arrive. */
class InboxBrowserTests extends BrowserTestSupport {

    @Autowired
    CamundaClient engine;
    @Autowired
    ProcessModels models;
    @Autowired
    UserService users;
    @Autowired
    PupilService pupils;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.rejoin.inbox.InboxService inbox;

    @Test
    void aChampionSubmitsAStepAndTheNextOneArrives() throws Exception {
        try (InputStream in = new ClassPathResource("inbox/inbox-test-steps.bpmn").getInputStream()) {
            models.learn(in);
        }
        engine.newDeployResourceCommand().useGrpc().addResourceFromClasspath("inbox/inbox-test-steps.bpmn").send().join();
        var champion = users.findByUsername("champion@southgate.example").orElseThrow();
        var pupil = pupils.pupilsOfMySchool(champion, "", PageRequest.of(0, 1)).getContent().getFirst();
        long instance = engine.newCreateInstanceCommand().useGrpc().bpmnProcessId("inbox-test-steps").latestVersion()
                .variables(Map.of("schoolId", champion.schoolId().toString(), "pupilId", pupil.id().toString(),
                        "caseId", UUID.randomUUID().toString(),
                        "championOptions", List.of(Map.of("label", "Sam Patel", "value", "sam.patel@southgate.example"))))
                .send().join().getProcessInstanceKey();
        UUID first = awaitStep(instance, "Task_ConfirmConcern");

        signIn("champion@southgate.example", "attend-demo-2026");
        waitFor(By.xpath("//h1[text()='Tasks']"));
        browser.get(url("tasks/" + first));
        waitFor(By.xpath("//h1[text()='Confirm the attendance concern']"));
        assertThat(browser.getPageSource()).contains(pupil.lastName());

        // claim before you write: the unclaimed step's questions are read-only until it is claimed
        waitFor(By.cssSelector("rejoin-form .fjs-form"));
        docsScreenshot("task-claim-to-start");
        assertThat(browser.findElements(By.xpath("//vaadin-button[normalize-space()='Submit']"))).isEmpty();
        click(By.xpath("//vaadin-button[normalize-space()='Claim to start']"));
        waitFor(By.xpath("//vaadin-button[normalize-space()='Submit']"));

        // the step's form, rendered by form-js in the browser, in Rejoin's typography, the bpmn.io mark visible
        waitFor(By.cssSelector("rejoin-form .fjs-form"));
        assertThat(js("return getComputedStyle(document.querySelector('rejoin-form .fjs-form-field-label')).fontFamily"))
                .isEqualTo(js("return getComputedStyle(document.querySelector('h1')).fontFamily"));
        assertThat(js("return getComputedStyle(document.querySelector('rejoin-form .fjs-form-field-label')).whiteSpace"))
                .isEqualTo("normal");
        assertThat(browser.findElement(By.cssSelector("rejoin-form .fjs-powered-by")).isDisplayed()).isTrue();
        click(By.xpath("//rejoin-form//label[contains(normalize-space(), 'Yes, start the journey')]"));
        browser.findElement(By.cssSelector("rejoin-form textarea")).sendKeys("Mondays missed since half term");
        waitFor(By.cssSelector("rejoin-form input[type=text]"));
        click(By.xpath("//vaadin-button[normalize-space()='Submit']"));
        // the lead champion was left empty: refused on the server, shown next to the field, nothing lost
        waitFor(By.cssSelector(".rejoin-form-summary"));
        assertThat(browser.findElement(By.cssSelector(".rejoin-form-summary")).getText()).contains("Lead champion");
        assertThat(browser.findElement(By.cssSelector("rejoin-form textarea")).getDomProperty("value"))
                .isEqualTo("Mondays missed since half term");
        assertThat(jdbc.queryForObject("select state from task where id = ?", String.class, first)).isEqualTo("OPEN");
        docsScreenshot("task-form-refused");

        // the lead champion is chosen from the school's champions (a searchable select)
        browser.findElement(By.cssSelector("rejoin-form input[type=text]")).sendKeys("Sam");
        click(By.xpath("//rejoin-form//*[contains(@class, 'fjs-dropdownlist-item') and normalize-space()='Sam Patel']"));
        click(By.xpath("//vaadin-button[normalize-space()='Submit']"));

        // the page says at once what comes next and who holds it, and the menu's count is already current
        waitFor(By.cssSelector(".next-steps"));
        assertThat(browser.findElement(By.cssSelector(".next-steps")).getText())
                .contains("Next: Review the decision").contains("any attendance champion at the school");
        UUID next = awaitStep(instance, "Task_ReviewDecision"); // already there: no waiting happens here
        String badge = browser.findElement(By.xpath("//vaadin-side-nav-item[contains(., 'Tasks')]//span[contains(@class,'nav-badge')]"))
                .getText();
        var counts = inbox.counts(champion);
        assertThat(badge).startsWith(String.valueOf(counts.actionable()));
        docsScreenshot("task-next-step");
        click(By.xpath("//vaadin-button[normalize-space()='Open it now']"));
        waitFor(By.xpath("//h1[text()='Review the decision']"));
        browser.get(url("inbox?list=GROUPS"));
        // the demo school has many open cases: find this pupil's step with the pupil filter
        waitFor(By.cssSelector("vaadin-text-field[placeholder='Name or UPN'] input")).sendKeys(pupil.upn());
        wait.until(d -> d.getPageSource().contains("Review the decision"));
        docsScreenshot("inbox-next-step");
        assertThat(jdbc.queryForObject("select completed_by from task where id = ?", String.class, first))
                .isEqualTo("champion@southgate.example");
        assertThat(next).isNotEqualTo(first);
    }

    @Test
    void theTaskListShowsStepAndDueInFullAt1366And1024Pixels() throws Exception {
        signIn("champion@northfield.example", "attend-demo-2026");
        for (int width : new int[] {1366, 1024}) {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
            browser.get(url("inbox?list=GROUPS"));
            wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("vaadin-grid vaadin-grid-cell-content")));
            wait.until(d -> !((List<?>) js(CELLS_OF_STEP_AND_DUE)).isEmpty());
            docsScreenshot(width == 1366 ? "inbox-1366" : "inbox-1024");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> cells = (List<Map<String, Object>>) js(CELLS_OF_STEP_AND_DUE);
            assertThat(cells).as("step and due cells at %d px", width).isNotEmpty()
                    .allSatisfy(cell -> assertThat(((Number) cell.get("scroll")).longValue())
                            .as("'%s' at %d px", cell.get("text"), width)
                            .isLessThanOrEqualTo(((Number) cell.get("client")).longValue() + 1));
            assertThat(cells).noneMatch(cell -> String.valueOf(cell.get("text")).matches("[0-9a-f]{8}"));
        }
    }

    /** The cells of the Step and Due columns (found by their headers) with their text and widths. */
    private static final String CELLS_OF_STEP_AND_DUE = """
            const grid = document.querySelector('vaadin-grid'); // the task list comes first on the page
            const columns = [...grid.querySelectorAll('vaadin-grid-column, vaadin-grid-sort-column')]
                .filter(c => { const h = c._headerCell && c._headerCell._content; return h && /^(Step|Due)$/.test(h.textContent.trim()); });
            const cells = [];
            for (const column of columns) {
              for (const cell of column._cells || []) {
                const content = cell._content;
                if (!content || !content.textContent.trim() || cell.parentElement.hidden) continue;
                cells.push({text: content.textContent.trim(), scroll: content.scrollWidth, client: content.clientWidth});
              }
            }
            return cells;""";

    private UUID awaitStep(long instance, String elementId) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForList(
                "select id from task where process_instance_key = ? and element_id = ? and state = 'OPEN'",
                UUID.class, instance, elementId).stream().findFirst().orElse(null), id -> id != null);
    }
}
