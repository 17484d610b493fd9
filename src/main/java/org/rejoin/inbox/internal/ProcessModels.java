package org.rejoin.inbox.internal;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.Documentation;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeInput;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeIoMapping;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.rejoin.engine.ProcessDiagrams;
import org.springframework.stereotype.Component;

/**
 * What a job does not carry: a user task's name, its guidance (the BPMN documentation) and its
 * linked form id, read from the BPMN that {@link ProcessDiagrams} holds (the bpmn/ files the app
 * deploys), parsed once per process and kept. The classpath copy is the newest version of a process;
 * an instance still running an older version shows the newest wording.
 */
@Component
public class ProcessModels {

    /** A user task as the BPMN describes it; {@code inputs} are the variables its input mappings give it. */
    public record Step(String name, String guidance, String formId, Set<String> inputs) {

        public Step(String name, String guidance, String formId) {
            this(name, guidance, formId, Set.of());
        }
    }

    private final ProcessDiagrams diagrams;
    private final Map<String, Map<String, Step>> stepsByProcess = new ConcurrentHashMap<>();

    ProcessModels(ProcessDiagrams diagrams) {
        this.diagrams = diagrams;
    }

    public Optional<Step> step(String processId, String elementId) {
        Map<String, Step> steps = stepsByProcess.get(processId);
        if (steps == null) {
            steps = diagrams.xml(processId).map(xml -> stepsOf(xml, processId)).orElse(Map.of());
            if (!steps.isEmpty()) {
                stepsByProcess.put(processId, steps);
            }
        }
        return Optional.ofNullable(steps.get(elementId));
    }

    /** For processes deployed from elsewhere than bpmn/ (tests, tools); a later file replaces an earlier one. */
    public void learn(InputStream bpmn) {
        String xml;
        try {
            xml = new String(bpmn.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the BPMN", e);
        }
        diagrams.learn(xml);
        processesOf(xml).forEach(process -> stepsByProcess.remove(process.getId()));
    }

    private static Map<String, Step> stepsOf(String xml, String processId) {
        BpmnModelInstance model = Bpmn.readModelFromStream(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        return model.getModelElementsByType(UserTask.class).stream()
                .filter(task -> processId.equals(enclosingProcess(task).getId()))
                .collect(Collectors.toMap(UserTask::getId, ProcessModels::describe));
    }

    private static Collection<Process> processesOf(String xml) {
        return Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                .getModelElementsByType(Process.class);
    }

    private static Step describe(UserTask task) {
        String guidance = task.getDocumentations().stream().map(Documentation::getTextContent)
                .map(String::strip).collect(Collectors.joining("\n\n"));
        ZeebeFormDefinition form = task.getSingleExtensionElement(ZeebeFormDefinition.class);
        String formId = form == null ? null : blankToNull(form.getFormId());
        String name = task.getName() == null || task.getName().isBlank() ? task.getId() : task.getName().strip();
        ZeebeIoMapping mapping = task.getSingleExtensionElement(ZeebeIoMapping.class);
        Set<String> inputs = mapping == null ? Set.of() : mapping.getInputs().stream().map(ZeebeInput::getTarget)
                .map(target -> target.split("\\.")[0]).collect(Collectors.toUnmodifiableSet());
        return new Step(name, blankToNull(guidance), formId, inputs);
    }

    private static Process enclosingProcess(ModelElementInstance element) {
        ModelElementInstance current = element.getParentElement();
        while (current != null && !(current instanceof Process)) {
            current = current.getParentElement();
        }
        return (Process) current;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
