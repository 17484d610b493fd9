package org.rejoin.inbox.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.details.Details;
import io.camunda.client.CamundaClient;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoin.ViewTestSupport;
import org.rejoin.base.ui.ProcessDiagram;
import org.rejoin.engine.ProcessDiagrams;
import org.rejoin.inbox.InboxTask;
import org.rejoin.inbox.TaskState;
import org.rejoin.inbox.form.FormJsForm;
import org.rejoin.inbox.internal.ProcessModels;
import org.rejoin.security.UserAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The task page's "Where this step is in the process": closed at first, the task's own process, its step highlighted. */
class TaskProcessDiagramViewTests extends ViewTestSupport {

    static final String TEST_PROCESS = "inbox/inbox-test-steps.bpmn";

    @Autowired
    CamundaClient engine;
    @Autowired
    ProcessModels models;
    @Autowired
    ProcessDiagrams diagrams;
    @Autowired
    org.rejoin.pupil.PupilService pupils;
    @Autowired
    JdbcTemplate jdbc;

    UserAccount champion;
    String xml;

    @BeforeEach
    void deployTheTestProcess() throws Exception {
        try (InputStream in = new ClassPathResource(TEST_PROCESS).getInputStream()) {
            models.learn(in);
        }
        xml = new ClassPathResource(TEST_PROCESS).getContentAsString(StandardCharsets.UTF_8);
        diagrams.learn(xml);
        engine.newDeployResourceCommand().useGrpc().addResourceFromClasspath(TEST_PROCESS).send().join();
        champion = signInAs("champion@northfield.example");
    }

    @Test
    void theSectionIsClosedAndOpensOnTheTasksProcessWithThisStepHighlighted() {
        navigate("tasks/" + startStep());

        Details section = _get(Details.class, spec -> spec.withClasses("step-in-process"));
        assertThat(section.getSummaryText()).isEqualTo("Where this step is in the process");
        assertThat(section.isOpened()).isFalse();
        ProcessDiagram diagram = ((StepInProcess) section).diagram;
        assertThat(diagram.getDiagramXml()).as("sent only when opened").isEmpty();

        section.setOpened(true);

        assertThat(diagram.getDiagramXml()).isEqualTo(xml);
        assertThat(diagram.getElement().getProperty("xml")).contains("<process id=\"inbox-test-steps\"");
        assertThat(diagram.getActiveElements()).containsExactly("Task_ConfirmConcern");
        assertThat(diagram.getTextAlternative()).contains("\u201cConfirm the attendance concern\u201d")
                .contains("labelled \u201cNow\u201d");
        assertThat(diagram.getAccessibleName()).isEqualTo("Diagram of the process this step belongs to");
        // the rest of the page is as it was
        assertThat(_get(FormJsForm.class).getElement().getProperty("schema")).contains("confirm-concern");
    }

    @Test
    void aProcessWithoutADiagramSaysSo() {
        var task = new InboxTask(UUID.randomUUID(), 1L, "no-such-process", "Task_Somewhere", "Somewhere", null, null,
                null, null, null, List.of(), List.of(), null, null, null, 50, null, TaskState.OPEN, null, null, null,
                0, Map.of(), null, null, false);

        var section = new StepInProcess(task, diagrams);

        assertThat(section.getContent().findFirst().orElseThrow().getElement().getText())
                .isEqualTo("There is no diagram of this process to show.");
    }

    private UUID startStep() {
        var pupil = pupils.pupilsOfMySchool(champion, "", PageRequest.of(0, 1)).getContent().getFirst();
        long instance = engine.newCreateInstanceCommand().useGrpc().bpmnProcessId("inbox-test-steps").latestVersion()
                .variables(Map.of("schoolId", champion.schoolId().toString(), "pupilId", pupil.id().toString(),
                        "caseId", UUID.randomUUID().toString()))
                .send().join().getProcessInstanceKey();
        return await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForList(
                "select id from task where process_instance_key = ?", UUID.class, instance).stream().findFirst()
                .orElse(null), id -> id != null);
    }
}
