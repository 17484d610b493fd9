package org.rejoin.engine.internal;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.DeployResourceCommandStep1;
import io.camunda.client.api.response.DeploymentEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.rejoin.engine.EngineStatus.DeployedResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.rejoin.engine.ResourcesDeployed;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deploys every file of bpmn/ and forms/ (packaged onto the classpath by the build) in one
 * deployment. Zeebe ignores resources that did not change, so deploying at every start is safe.
 * When the engine is unreachable at start-up, it tries again every 30 seconds.
 */
@Component
class ResourceDeployer {

    static final String[] PATTERNS = {"classpath*:bpmn/**/*.bpmn", "classpath*:bpmn/**/*.dmn", "classpath*:forms/**/*.form"};
    private static final Logger log = LoggerFactory.getLogger(ResourceDeployer.class);

    private final CamundaClient client;
    private final EngineMonitor monitor;
    private volatile boolean deployed;

    private final ApplicationEventPublisher events;
    private final Clock clock;

    ResourceDeployer(CamundaClient client, EngineMonitor monitor, ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
        this.client = client;
        this.monitor = monitor;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    public void deployAtStartUp() {
        deployIfNeeded();
    }

    @Scheduled(initialDelay = 30_000, fixedDelay = 30_000)
    public void deployIfNeeded() {
        if (deployed) {
            return;
        }
        List<Resource> resources = findResources();
        try {
            DeploymentEvent event = deploy(resources);
            monitor.recordDeployment(describe(event, Instant.now(clock)));
            deployed = true;
            log.info("Deployed {} resources to the workflow engine: {}", resources.size(),
                    resources.stream().map(Resource::getFilename).toList());
            events.publishEvent(new ResourcesDeployed(resources.size()));
        } catch (RuntimeException e) {
            log.error("Could not deploy bpmn/ and forms/ to the workflow engine (will retry in 30 s): {}", e.getMessage());
        }
    }

    private DeploymentEvent deploy(List<Resource> resources) {
        DeployResourceCommandStep1 command = client.newDeployResourceCommand().useGrpc();
        DeployResourceCommandStep1.DeployResourceCommandStep2 withResources = null;
        for (Resource resource : resources) {
            withResources = (withResources == null ? command : withResources)
                    .addResourceBytes(read(resource), resource.getFilename());
        }
        if (withResources == null) {
            throw new IllegalStateException("no BPMN, DMN or form files found on the classpath");
        }
        return withResources.requestTimeout(Duration.ofSeconds(30)).send().join();
    }

    static List<Resource> findResources() {
        var resolver = new PathMatchingResourcePatternResolver();
        List<Resource> found = new ArrayList<>();
        for (String pattern : PATTERNS) {
            try {
                found.addAll(Arrays.asList(resolver.getResources(pattern)));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not list " + pattern, e);
            }
        }
        found.sort(Comparator.comparing(Resource::getFilename));
        return found;
    }

    private static byte[] read(Resource resource) {
        try (var in = resource.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource.getFilename(), e);
        }
    }

    private static List<DeployedResource> describe(DeploymentEvent event, Instant now) {
        List<DeployedResource> resources = new ArrayList<>();
        event.getProcesses().forEach(p -> resources.add(
                new DeployedResource("process", p.getBpmnProcessId(), p.getVersion(), p.getResourceName(), now)));
        event.getDecisionRequirements().forEach(d -> resources.add(new DeployedResource(
                "decisions", d.getDmnDecisionRequirementsId(), d.getVersion(), d.getResourceName(), now)));
        event.getForm().forEach(f -> resources.add(
                new DeployedResource("form", f.getFormId(), f.getVersion(), f.getResourceName(), now)));
        return resources;
    }
}
