package org.rejoin.inbox.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rejoin.inbox.form.FormRepository;

/** A step's row in the inbox keeps its ids and what its own form uses, never the rest of the case. */
class StepVariablesTests {

    ObjectMapper json = new ObjectMapper();
    StepVariables stepVariables = new StepVariables(new FormRepository(), json);

    Map<String, Object> caseVariables() {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("caseId", "1b4e28ba-2fa1-11d2-883f-0016d3cca427");
        variables.put("pupilId", "2b4e28ba-2fa1-11d2-883f-0016d3cca427");
        variables.put("schoolId", "3b4e28ba-2fa1-11d2-883f-0016d3cca427");
        variables.put("priority", 100);
        variables.put("safeguardingConcern", "Bruises seen on Monday");
        variables.put("parentMeetingNotes", "Mum says the family is being evicted");
        variables.put("pupilWorries", "Being bullied in the lunch queue");
        return variables;
    }

    @Test
    void theSafeguardingStepKeepsTheConcernItShowsButNotTheFamilysOtherAnswers() throws Exception {
        Map<String, Object> kept = read(stepVariables.kept(step("safeguarding-response"), caseVariables()));

        assertThat(kept).containsEntry("safeguardingConcern", "Bruises seen on Monday")
                .containsKeys("caseId", "pupilId", "schoolId", "priority")
                .doesNotContainKeys("parentMeetingNotes", "pupilWorries");
    }

    @Test
    void aStepWithoutAFormKeepsOnlyItsIds() throws Exception {
        Map<String, Object> kept = read(stepVariables.kept(step(null), caseVariables()));

        assertThat(kept.keySet()).containsExactlyInAnyOrder("caseId", "pupilId", "schoolId", "priority");
    }

    @Test
    void aFormKeepsTheVariablesItsExpressionsAndOptionListsName() throws Exception {
        Map<String, Object> variables = caseVariables();
        variables.put("currentStep", Map.of("title", "A favourite lesson"));
        variables.put("staffOptions", java.util.List.of(Map.of("label", "Maya Smith", "value", "maya")));

        Map<String, Object> adaptStep = read(stepVariables.kept(step("adapt-step"), variables));
        Map<String, Object> assembleTeam = read(stepVariables.kept(step("assemble-team"), variables));

        assertThat(adaptStep).containsKey("currentStep").doesNotContainKeys("staffOptions", "safeguardingConcern");
        assertThat(assembleTeam).containsKey("staffOptions").doesNotContainKeys("currentStep", "pupilWorries");
    }

    @Test
    void aStepKeepsWhatItsInputMappingsGiveIt() throws Exception {
        var step = new ProcessModels.Step("Review", null, null, java.util.Set.of("pupilWorries"));

        Map<String, Object> kept = read(stepVariables.kept(step, caseVariables()));

        assertThat(kept).containsEntry("pupilWorries", "Being bullied in the lunch queue")
                .doesNotContainKeys("safeguardingConcern", "parentMeetingNotes");
    }

    private static ProcessModels.Step step(String formId) {
        return new ProcessModels.Step("A step", null, formId);
    }

    private Map<String, Object> read(String kept) throws Exception {
        return json.readValue(kept, new TypeReference<>() { });
    }
}
