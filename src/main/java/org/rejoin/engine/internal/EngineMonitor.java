package org.rejoin.engine.internal;

import io.camunda.client.CamundaClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.rejoin.engine.EngineStatus;
import org.springframework.stereotype.Component;

/** Asks the engine for its topology over gRPC, caching the answer so pages can ask freely. */
@Component
class EngineMonitor implements EngineStatus {

    private static final Duration CHECK_EVERY = Duration.ofSeconds(5);
    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final CamundaClient client;
    private final Clock clock;
    private volatile List<DeployedResource> deployed = List.of();
    private volatile Instant checkedAt = Instant.EPOCH;
    private volatile String problem = "not checked yet";

    EngineMonitor(CamundaClient client) {
        this.client = client;
        this.clock = Clock.systemUTC();
    }

    @Override
    public boolean isAvailable() {
        return problem().isEmpty();
    }

    @Override
    public String problem() {
        if (Instant.now(clock).isAfter(checkedAt.plus(CHECK_EVERY))) {
            check();
        }
        return problem;
    }

    synchronized void check() {
        try {
            var topology = client.newTopologyRequest().useGrpc().requestTimeout(TIMEOUT).send().join();
            problem = topology.getBrokers().isEmpty() ? "the engine reports no brokers" : "";
        } catch (RuntimeException e) {
            problem = "the workflow engine at " + client.getConfiguration().getGrpcAddress()
                    + " did not answer: " + rootMessage(e);
        }
        checkedAt = Instant.now(clock);
    }

    @Override
    public List<DeployedResource> deployedResources() {
        return deployed;
    }

    void recordDeployment(List<DeployedResource> resources) {
        deployed = List.copyOf(resources);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
