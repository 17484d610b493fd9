package org.rejoin.engine;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.instance.Process;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;

/**
 * The BPMN XML of a process, for drawing it (bpmn-js in the browser): read from the classpath's
 * bpmn/ files, the same files deployed at start-up, once, and kept. The classpath copy is the
 * newest version, so an instance on an older version is drawn with the newest layout.
 */
@Service
public class ProcessDiagrams {

    static final String LOCATION = "classpath*:bpmn/**/*.bpmn";

    private final Map<String, String> xmlByProcess = new ConcurrentHashMap<>();
    private volatile boolean classpathRead;

    /** The whole file that defines this process (a file may hold several); empty for an unknown id. */
    public Optional<String> xml(String processId) {
        if (processId == null) {
            return Optional.empty();
        }
        if (!classpathRead) {
            readClasspath();
        }
        return Optional.ofNullable(xmlByProcess.get(processId));
    }

    /** For processes deployed from elsewhere than bpmn/ (tests, tools); a later file replaces an earlier one. */
    public void learn(String xml) {
        if (!classpathRead) {
            readClasspath(); // first, so the bpmn/ files never replace what was learnt since
        }
        remember(xml);
    }

    private void remember(String xml) {
        var model = Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        model.getModelElementsByType(Process.class).forEach(process -> xmlByProcess.put(process.getId(), xml));
    }

    private synchronized void readClasspath() {
        if (classpathRead) {
            return;
        }
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
                try (InputStream in = resource.getInputStream()) {
                    remember(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the BPMN files under bpmn/", e);
        }
        classpathRead = true;
    }
}
