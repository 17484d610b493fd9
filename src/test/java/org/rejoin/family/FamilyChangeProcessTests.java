package org.rejoin.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoin.engine.OwnEngineProcessTest;
import org.rejoin.engine.ProcessDriver;
import org.rejoin.family.FamilyChangeProcess.Elements;
import org.rejoin.family.FamilyChangeProcess.JobTypes;
import org.rejoin.family.FamilyChangeProcess.Variables;

/** A change the family asked for gives the lead champion a step to answer it, and the answer goes to the family. */
@OwnEngineProcessTest
class FamilyChangeProcessTests {

    ZeebeTestEngine engine;
    ZeebeClient client;
    ProcessDriver driver;

    @BeforeEach
    void deploy() throws IOException {
        driver = new ProcessDriver(engine, client).deploy("bpmn/family-change-request.bpmn");
    }

    @Test
    void theLeadChampionAnswersTheChangeAndTheAnswerIsShownToTheFamily() {
        String wordId = askForAChange();

        ProcessDriver.Step respond = driver.step(Elements.RESPOND_TO_FAMILY);
        assertThat(respond.assignee()).isEqualTo("lead.champion");
        assertThat(respond.candidateGroups()).contains("ATTENDANCE_CHAMPION");
        assertThat(driver.scopeVariables(respond.elementInstanceKey()))
                .as("the step carries the change's id, not the family's words")
                .containsEntry(Variables.FAMILY_WORD_ID, wordId);
        driver.complete(respond, "respond-to-family", Map.of(Variables.ANSWER, "Yes: we will start at 9:30"));

        var job = driver.work(JobTypes.SHOW_ANSWER);
        assertThat(job.getVariablesAsMap()).containsEntry(Variables.FAMILY_WORD_ID, wordId)
                .containsEntry(Variables.ANSWER, "Yes: we will start at 9:30");
        long instance = driver.instances(FamilyChangeProcess.PROCESS_ID).getFirst();
        driver.assertThatInstance(instance).hasPassedElement(Elements.SHOW_ANSWER).hasPassedElement(Elements.END)
                .isCompleted().hasNoIncidents();
    }

    @Test
    void oneChangeStartsOneStepHoweverOftenItsMessageIsSent() {
        String wordId = askForAChange();
        assertThatThrownBy(() -> askForAChange(wordId)).as("the engine refuses the same message id; the app's "
                + "Messages.publishOnce takes that as done").hasMessageContaining("ALREADY_EXISTS");

        assertThat(driver.instances(FamilyChangeProcess.PROCESS_ID)).hasSize(1);
        assertThat(driver.steps(Elements.RESPOND_TO_FAMILY)).hasSize(1);
    }

    @Test
    void anAnswerIsRequiredBeforeTheStepIsDone() {
        askForAChange();
        var submission = driver.validate(driver.step(Elements.RESPOND_TO_FAMILY), "respond-to-family", Map.of());
        assertThat(submission.isValid()).isFalse();
    }

    private String askForAChange() {
        return askForAChange(UUID.randomUUID().toString());
    }

    private String askForAChange(String wordId) {
        driver.publish(FamilyChangeProcess.MESSAGE_CHANGE_ASKED_FOR, wordId, "family-change:" + wordId, Map.of(
                Variables.CASE_ID, UUID.randomUUID().toString(), Variables.PUPIL_ID, UUID.randomUUID().toString(),
                Variables.SCHOOL_ID, UUID.randomUUID().toString(), Variables.LEAD_CHAMPION, "lead.champion",
                Variables.FAMILY_WORD_ID, wordId));
        return wordId;
    }
}
