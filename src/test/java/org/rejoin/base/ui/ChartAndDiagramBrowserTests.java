package org.rejoin.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.rejoin.BrowserTestSupport;
import org.rejoin.engine.ProcessDiagrams;
import org.rejoin.inbox.internal.ProcessModels;
import org.rejoin.pupil.PupilService;
import org.rejoin.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The two JavaScript-backed components really draw in Chromium: Chart.js paints the pupil's weeks on
 * the canvas, and bpmn-js draws the task's process with the task's step marked.
 */
class ChartAndDiagramBrowserTests extends BrowserTestSupport {

    private static final String PROCESS_FILE = "inbox/inbox-test-steps.bpmn";

    @Autowired
    CamundaClient engine;
    @Autowired
    ProcessModels models;
    @Autowired
    ProcessDiagrams diagrams;
    @Autowired
    UserService users;
    @Autowired
    PupilService pupils;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void thePupilsChartIsPaintedAndTheTasksStepIsMarkedOnItsProcess() throws Exception {
        try (InputStream in = new ClassPathResource(PROCESS_FILE).getInputStream()) {
            models.learn(in);
        }
        diagrams.learn(new ClassPathResource(PROCESS_FILE).getContentAsString(StandardCharsets.UTF_8));
        engine.newDeployResourceCommand().useGrpc().addResourceFromClasspath(PROCESS_FILE).send().join();
        var champion = users.findByUsername("champion@southgate.example").orElseThrow();
        // a persistently absent pupil, so the picture has weeks on both sides of the lines
        var pupil = pupils.pupilsOfMySchool(champion, "", PageRequest.of(0, 200)).getContent().stream()
                .min(Comparator.comparingDouble(p -> Math.abs(p.attendancePercent() - 75))).orElseThrow();
        UUID task = startStep(champion.schoolId(), pupil.id());

        signIn("champion@southgate.example", "attend-demo-2026");
        browser.get(url("pupils/" + pupil.id()));
        WebElement canvas = waitFor(By.cssSelector("rejoin-attendance-chart[data-rendered=true] canvas"));
        assertThat(canvas.getDomAttribute("role")).isEqualTo("img");
        assertThat(canvas.getDomAttribute("aria-label")).startsWith("Weekly attendance from ").contains("latest");
        assertThat(paintedPixels(canvas)).as("pixels Chart.js painted").isGreaterThan(2_000);
        assertThat(((Number) js("return arguments[0].toDataURL().length;", canvas)).intValue()).isGreaterThan(5_000);
        click(By.xpath("//vaadin-details-summary[normalize-space()='Show the figures as a table']"));
        assertThat(waitFor(By.cssSelector("rejoin-attendance-chart table tbody tr")).getText()).contains("%");
        click(By.xpath("//vaadin-details-summary[normalize-space()='Show the figures as a table']"));
        js("arguments[0].scrollIntoView({block: 'center'});", canvas);
        docsScreenshot("pupil-attendance-chart");

        browser.get(url("tasks/" + task));
        waitFor(By.xpath("//h1[text()='Confirm the attendance concern']"));
        click(By.xpath("//vaadin-details-summary[normalize-space()='Where this step is in the process']"));
        waitFor(By.cssSelector("rejoin-process-diagram[data-rendered=true] svg"));
        WebElement active = waitFor(By.cssSelector(
                "rejoin-process-diagram .djs-element.rejoin-active[data-element-id='Task_ConfirmConcern']"));
        assertThat(active.isDisplayed()).isTrue();
        assertThat(browser.findElements(By.cssSelector("rejoin-process-diagram .djs-element.rejoin-active"))).hasSize(1);
        assertThat(waitFor(By.cssSelector("rejoin-process-diagram .rejoin-diagram-now")).getText()).isEqualTo("Now");
        WebElement svg = browser.findElement(By.cssSelector("rejoin-process-diagram svg[role=img]"));
        assertThat(svg.getDomAttribute("aria-label")).isEqualTo("Diagram of the process this step belongs to");
        assertThat(svg.getDomAttribute("tabindex")).isEqualTo("0");
        String describedBy = svg.getDomAttribute("aria-describedby");
        assertThat(browser.findElement(By.id(describedBy)).getText()).contains("Confirm the attendance concern");
        // still the page it was: the step's form is there
        waitFor(By.cssSelector("rejoin-form .fjs-form"));
        js("arguments[0].scrollIntoView({block: 'center'});", svg);
        hideDevelopmentTools();
        screenshot("task-process-diagram");
    }

    private UUID startStep(UUID schoolId, UUID pupilId) {
        long instance = engine.newCreateInstanceCommand().useGrpc().bpmnProcessId("inbox-test-steps").latestVersion()
                .variables(Map.of("schoolId", schoolId.toString(), "pupilId", pupilId.toString(),
                        "caseId", UUID.randomUUID().toString()))
                .send().join().getProcessInstanceKey();
        return await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForList(
                "select id from task where process_instance_key = ? and state = 'OPEN'", UUID.class, instance)
                .stream().findFirst().orElse(null), id -> id != null);
    }
}
