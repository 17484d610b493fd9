package org.rejoin.inbox.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.rejoin.inbox.form.FormRepository;
import org.springframework.stereotype.Component;

/**
 * What of a process's variables a step keeps in the inbox's table: the ids that place it (case, pupil,
 * school, agency, referral), its priority, the variables its own input mappings give it, and what its form
 * shows or refers to. Every other answer of
 * the case (a safeguarding concern, an earlier step's notes about the family) stays in the engine, so a
 * copy of the step's row never holds more about the child than the step itself asks about.
 */
@Component
class StepVariables {

    static final Set<String> IDS = Set.of("caseId", "pupilId", "schoolId", "agencyId", "referralId", "priority");

    private final FormRepository forms;
    private final ObjectMapper json;

    StepVariables(FormRepository forms, ObjectMapper json) {
        this.forms = forms;
        this.json = json;
    }

    String kept(ProcessModels.Step step, Map<String, Object> variables) {
        Map<String, Object> kept = new LinkedHashMap<>();
        variables.forEach((name, value) -> {
            if (IDS.contains(name) || step.inputs().contains(name)) {
                kept.put(name, value);
            }
        });
        forms.find(step.formId()).ifPresent(form -> kept.putAll(form.prefillFrom(variables)));
        try {
            return json.writeValueAsString(kept);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The step's variables cannot be written as JSON", e);
        }
    }
}
