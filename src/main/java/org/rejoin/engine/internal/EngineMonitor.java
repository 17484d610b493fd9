package org.rejoin.engine.internal;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.PartitionBrokerHealth;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.rejoin.engine.EngineStatus;
import org.rejoin.engine.RunMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Whether the workflow engine works, checked every few seconds whether or not anyone asks, and cached
 * so pages can ask freely. A cluster is asked for its topology and the health of its partitions. The
 * in-memory engine answers its topology even after its stream processor has died, so there the check is
 * the watch on that processor plus a real command (a message nobody waits for) that the processor must
 * answer; it is called stopped after two unanswered probes in a row, so one slow answer on a busy machine
 * does not raise the alarm.
 */
@Component
class EngineMonitor implements EngineStatus {

    private static final Logger log = LoggerFactory.getLogger(EngineMonitor.class);
    private static final Duration CHECK_EVERY = Duration.ofSeconds(5);
    private static final Duration TIMEOUT = Duration.ofSeconds(3);
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(10);
    static final String PROBE_MESSAGE = "rejoin-engine-probe";

    private final CamundaClient client;
    private final Supplier<Optional<String>> embeddedFailure;
    private final boolean probeWithCommand;
    private final Duration probeTimeout;
    private final Clock clock = Clock.systemUTC();
    private volatile List<DeployedResource> deployed = List.of();
    private volatile Instant checkedAt = Instant.EPOCH;
    private volatile String problem = "not checked yet";
    private final ReentrantLock checking = new ReentrantLock();
    private int unansweredProbes;

    @Autowired
    EngineMonitor(CamundaClient client, Environment environment) {
        this(client, EmbeddedInfrastructure::engineFailure, RunMode.of(environment) == RunMode.EMBEDDED);
    }

    /** A monitor of a cluster, asked for its topology only. */
    EngineMonitor(CamundaClient client) {
        this(client, Optional::empty, false);
    }

    EngineMonitor(CamundaClient client, Supplier<Optional<String>> embeddedFailure, boolean probeWithCommand) {
        this(client, embeddedFailure, probeWithCommand, PROBE_TIMEOUT);
    }

    EngineMonitor(CamundaClient client, Supplier<Optional<String>> embeddedFailure, boolean probeWithCommand,
                  Duration probeTimeout) {
        this.client = client;
        this.embeddedFailure = embeddedFailure;
        this.probeWithCommand = probeWithCommand;
        this.probeTimeout = probeTimeout;
    }

    @Override
    public boolean isAvailable() {
        return problem().isEmpty();
    }

    /** The last answer; a page never waits for a probe already under way, unless none has finished yet. */
    @Override
    public String problem() {
        if (Instant.now(clock).isAfter(checkedAt.plus(CHECK_EVERY))) {
            if (checkedAt.equals(Instant.EPOCH)) {
                check();
            } else if (checking.tryLock()) {
                try {
                    checkNow();
                } finally {
                    checking.unlock();
                }
            }
        }
        return problem;
    }

    /** Checks on its own clock too, so a dead engine is in the log within seconds, not when someone looks. */
    @Scheduled(initialDelayString = "PT5S", fixedDelayString = "PT5S")
    void checkAndReport() {
        boolean wasAvailable = problem.isEmpty();
        check();
        if (wasAvailable && !problem.isEmpty()) {
            log.error("The workflow engine is unavailable: {}", problem);
        } else if (!wasAvailable && problem.isEmpty()) {
            log.info("The workflow engine answers again");
        }
    }

    void check() {
        checking.lock();
        try {
            checkNow();
        } finally {
            checking.unlock();
        }
    }

    private void checkNow() {
        Optional<String> stopped = embeddedFailure.get();
        if (stopped.isPresent()) {
            problem = EmbeddedEngineWatch.STOPPED + " (" + stopped.get() + ")";
        } else {
            problem = probeWithCommand ? probeWithCommand() : askForTopology();
        }
        checkedAt = Instant.now(clock);
    }

    private String askForTopology() {
        try {
            var topology = client.newTopologyRequest().useGrpc().requestTimeout(TIMEOUT).send().join();
            if (topology.getBrokers().isEmpty()) {
                return "the engine reports no brokers";
            }
            return topology.getBrokers().stream().flatMap(broker -> broker.getPartitions().stream())
                    .filter(partition -> partition.getHealth() == PartitionBrokerHealth.DEAD)
                    .findFirst().map(partition -> "partition " + partition.getPartitionId()
                            + " of the workflow engine is dead: ask its operator to look at the cluster")
                    .orElse("");
        } catch (RuntimeException e) {
            return notAnswered(e);
        }
    }

    private String probeWithCommand() {
        try {
            client.newPublishMessageCommand().messageName(PROBE_MESSAGE).correlationKey("probe")
                    .timeToLive(Duration.ZERO).requestTimeout(probeTimeout).send().join();
            unansweredProbes = 0;
            return "";
        } catch (RuntimeException e) {
            unansweredProbes++;
            if (unansweredProbes < 2 && problem.isEmpty()) {
                return "";
            }
            return EmbeddedEngineWatch.STOPPED + " (it did not answer a command: " + rootMessage(e) + ")";
        }
    }

    private String notAnswered(RuntimeException e) {
        return "the workflow engine at " + client.getConfiguration().getGrpcAddress()
                + " did not answer: " + rootMessage(e);
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
