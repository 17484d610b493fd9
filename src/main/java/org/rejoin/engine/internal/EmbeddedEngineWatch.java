package org.rejoin.engine.internal;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.stream.impl.StreamProcessor;
import io.camunda.zeebe.util.health.FailureListener;
import io.camunda.zeebe.util.health.HealthReport;
import java.lang.reflect.Field;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the in-memory engine's stream processor. When it fails, the engine stops processing for good
 * while its gRPC gateway still accepts calls (which then time out), so the failure is said at once, in
 * the log and through {@link EngineMonitor} in the UI, instead of showing up later as time-outs.
 */
final class EmbeddedEngineWatch implements FailureListener {

    static final String STOPPED = "The demo's workflow engine has stopped; restart Rejoin.";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedEngineWatch.class);

    private final StreamProcessor processor;
    private volatile String failure;

    private EmbeddedEngineWatch(StreamProcessor processor) {
        this.processor = processor;
    }

    /** Watches the engine's stream processor; without one to watch, the command probe alone notices. */
    static EmbeddedEngineWatch of(ZeebeTestEngine engine) {
        StreamProcessor processor = streamProcessorOf(engine);
        var watch = new EmbeddedEngineWatch(processor);
        if (processor != null) {
            processor.addFailureListener(watch);
        }
        return watch;
    }

    /** What stopped the engine, in words; empty while it runs. */
    Optional<String> failure() {
        if (failure == null && processor != null && processor.isFailed()) {
            record("its stream processor failed");
        }
        return Optional.ofNullable(failure);
    }

    @Override
    public void onFailure(HealthReport report) {
        if (report.isDead()) {
            record(describe(report));
        }
    }

    @Override
    public void onUnrecoverableFailure(HealthReport report) {
        record(describe(report));
    }

    @Override
    public void onRecovered(HealthReport report) {
        // a dead stream processor does not recover; a passing unhealthy report was never recorded
    }

    private synchronized void record(String detail) {
        if (failure == null) {
            failure = detail;
            log.error("{} ({})", STOPPED, detail);
        }
    }

    private static String describe(HealthReport report) {
        return report.getIssue() == null ? "its stream processor failed"
                : "its stream processor failed: " + report.getIssue();
    }

    /** The engine keeps its stream processor in a private field; an upgrade that renames it leaves the probe. */
    private static StreamProcessor streamProcessorOf(ZeebeTestEngine engine) {
        try {
            Field field = engine.getClass().getDeclaredField("streamProcessor");
            field.setAccessible(true);
            return (StreamProcessor) field.get(engine);
        } catch (ReflectiveOperationException | ClassCastException e) {
            log.warn("Cannot watch the in-memory engine's stream processor ({}); its failure is noticed by the "
                    + "engine monitor's command probe only", e.toString());
            return null;
        }
    }
}
