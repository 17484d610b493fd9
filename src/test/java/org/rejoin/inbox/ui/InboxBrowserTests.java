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

        // the step's form, rendered by form-js in the browser
        waitFor(By.cssSelector("rejoin-form .fjs-form"));
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
        screenshot("task-form-refused");

        // the lead champion is chosen from the school's champions (a searchable select)
        browser.findElement(By.cssSelector("rejoin-form input[type=text]")).sendKeys("Sam");
        click(By.xpath("//rejoin-form//*[contains(@class, 'fjs-dropdownlist-item') and normalize-space()='Sam Patel']"));
        click(By.xpath("//vaadin-button[normalize-space()='Submit']"));

        wait.until(ExpectedConditions.urlContains("inbox"));
        UUID next = awaitStep(instance, "Task_ReviewDecision");
        browser.get(url("inbox?list=GROUPS"));
        // the demo school has many open cases: find this pupil's step with the pupil filter
        waitFor(By.cssSelector("vaadin-text-field[placeholder='Name or UPN'] input")).sendKeys(pupil.upn());
        wait.until(d -> d.getPageSource().contains("Review the decision"));
        screenshot("inbox-next-step");
        assertThat(jdbc.queryForObject("select completed_by from task where id = ?", String.class, first))
                .isEqualTo("champion@southgate.example");
        assertThat(next).isNotEqualTo(first);
    }

    private UUID awaitStep(long instance, String elementId) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForList(
                "select id from task where process_instance_key = ? and element_id = ? and state = 'OPEN'",
                UUID.class, instance, elementId).stream().findFirst().orElse(null), id -> id != null);
    }
}
