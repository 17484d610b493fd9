package org.rejoin.inbox.internal;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.Documentation;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * What a job does not carry: a user task's name, its guidance (the BPMN documentation) and its
 * linked form id, read from the BPMN files on the classpath (bpmn/, the files the app deploys),
 * parsed once and cached by process id. The classpath copy is the newest version of a process;
 * an instance still running an older version shows the newest wording.
 */
@Component
public class ProcessModels {

    static final String LOCATION = "classpath*:bpmn/**/*.bpmn";

    /** A user task as the BPMN describes it. */
    public record Step(String name, String guidance, String formId) {
    }

    private final Map<String, Map<String, Step>> stepsByProcess = new ConcurrentHashMap<>();
    private volatile boolean classpathRead;

    public Optional<Step> step(String processId, String elementId) {
        if (!classpathRead) {
            readClasspath();
        }
        return Optional.ofNullable(stepsByProcess.getOrDefault(processId, Map.of()).get(elementId));
    }

    /** For processes deployed from elsewhere than bpmn/ (tests, tools). */
    public void learn(InputStream bpmn) {
        BpmnModelInstance model = Bpmn.readModelFromStream(bpmn);
        for (Process process : model.getModelElementsByType(Process.class)) {
            stepsByProcess.put(process.getId(), model.getModelElementsByType(UserTask.class).stream()
                    .filter(task -> process.equals(enclosingProcess(task)))
                    .collect(Collectors.toMap(UserTask::getId, ProcessModels::describe)));
        }
    }

    private synchronized void readClasspath() {
        if (classpathRead) {
            return;
        }
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
                try (InputStream in = resource.getInputStream()) {
                    learn(in);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the BPMN files under bpmn/", e);
        }
        classpathRead = true;
    }

    private static Step describe(UserTask task) {
        String guidance = task.getDocumentations().stream().map(Documentation::getTextContent)
                .map(String::strip).collect(Collectors.joining("\n\n"));
        ZeebeFormDefinition form = task.getSingleExtensionElement(ZeebeFormDefinition.class);
        String formId = form == null ? null : blankToNull(form.getFormId());
        String name = task.getName() == null || task.getName().isBlank() ? task.getId() : task.getName().strip();
        return new Step(name, blankToNull(guidance), formId);
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
