package org.rejoin.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.zeebe.logstreams.storage.LogStorage;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import java.lang.reflect.Field;
import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rejoin.engine.OneEngineAtATime;

/**
 * An in-memory engine whose stream processor dies, as it did when its log handed the processor a missing
 * block (issue 25): the monitor says so in plain words within seconds, by watching the processor or, failing
 * that, because a real command goes unanswered. Each test has an engine of its own, never the shared one.
 */
@Tag("own-engine")
@ExtendWith(OneEngineAtATime.class)
class EngineStoppedTests {

    private ZeebeTestEngine engine;
    private CamundaClient client;

    @BeforeEach
    void startAnEngine() {
        engine = EngineFactory.create();
        engine.start();
        client = CamundaClient.newClientBuilder()
                .grpcAddress(URI.create("http://127.0.0.1" + engine.getGatewayAddress().substring(engine.getGatewayAddress().lastIndexOf(':'))))
                .restAddress(URI.create("http://127.0.0.1" + engine.getGatewayAddress().substring(engine.getGatewayAddress().lastIndexOf(':'))))
                .preferRestOverGrpc(false)
                .build();
    }

    @AfterEach
    void stopIt() {
        client.close();
        engine.stop();
    }

    @Test
    void aStreamProcessorThatDiesIsReportedAtOnceInPlainWords() throws Exception {
        var watch = EmbeddedEngineWatch.of(engine);
        var monitor = new EngineMonitor(client, watch::failure, true, Duration.ofSeconds(1));
        awaitAvailable(monitor);

        handTheProcessorAMissingBlock();

        assertThat(problemWithin(monitor, Duration.ofSeconds(30)))
                .startsWith("The demo's workflow engine has stopped; restart Rejoin.")
                .contains("stream processor failed");
    }

    @Test
    void anEngineThatNoLongerAnswersCommandsIsCalledStoppedByTheProbeAlone() throws Exception {
        var monitor = new EngineMonitor(client, Optional::empty, true, Duration.ofSeconds(1));
        awaitAvailable(monitor);

        handTheProcessorAMissingBlock();
        awaitTheProcessorsFailure();
        monitor.check();
        assertThat(monitor.problem()).as("one unanswered probe may be a busy machine").isEmpty();
        monitor.check();

        assertThat(monitor.problem()).startsWith("The demo's workflow engine has stopped; restart Rejoin.")
                .contains("did not answer a command");
    }

    /**
     * The missing block's position is after every other, and the processor's reader seeks by position, so the
     * processor may answer commands written after the block before it reads the block and dies: wait for that.
     */
    private void awaitTheProcessorsFailure() throws Exception {
        var processor = (io.camunda.zeebe.stream.impl.StreamProcessor) field(engine, "streamProcessor");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!processor.isFailed() && System.nanoTime() < deadline) {
            client.newPublishMessageCommand().messageName("nudge").correlationKey("nudge").timeToLive(Duration.ZERO)
                    .requestTimeout(Duration.ofSeconds(1)).send();
            Thread.sleep(100);
        }
        assertThat(processor.isFailed()).as("the stream processor failed on the missing block").isTrue();
    }

    /** A fresh engine on a busy machine may take more than the probe's second to answer its first command. */
    private static void awaitAvailable(EngineMonitor monitor) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        do {
            monitor.check();
        } while (!monitor.problem().isEmpty() && System.nanoTime() < deadline);
        assertThat(monitor.problem()).as("the fresh engine answers").isEmpty();
    }

    private static String problemWithin(EngineMonitor monitor, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            monitor.check();
            if (!monitor.problem().isEmpty()) {
                return monitor.problem();
            }
            Thread.sleep(100);
        }
        return "";
    }

    /** What the engine's own storage did under the race: a block in the log that is not there when read. */
    private void handTheProcessorAMissingBlock() throws ReflectiveOperationException {
        Object logStream = field(engine, "logStream");
        LogStorage storage = (LogStorage) field(logStream, "logStorage");
        storage.append(Long.MAX_VALUE - 1, Long.MAX_VALUE - 1, (ByteBuffer) null, new LogStorage.AppendListener() {
        });
    }

    private static Object field(Object owner, String name) throws ReflectiveOperationException {
        Field field = owner.getClass().getDeclaredField(name);
        field.setAccessible(true);
        return field.get(owner);
    }
}
