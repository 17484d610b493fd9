package org.rejoin.benchmark;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.worker.JobWorker;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.builder.AbstractFlowNodeBuilder;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Fresh in-memory engines in turn, each carrying a burst of process instances (ten service tasks each)
 * through several job workers while the client creates more: the load under which the engine's own log
 * storage stopped engines at random (issue 25). An engine whose instances do not all finish in time is
 * counted as stopped. Which log storage the engine runs on is decided by the class path the script gives:
 * {@code benchmarks/engine-stress.sh} runs it once with the engine's own class first, once with Rejoin's.
 * An engine that did not finish in time is counted as stopped only when its stream processor has failed; on a
 * busy machine an engine can be merely slow.
 */
public final class EngineStress {

    private static final int STEPS = 10;
    /** Commands with no work behind them, sent all at once beside the instances: many small appends. */
    private static final int MESSAGES = Integer.getInteger("bench.messages", 1_000);
    private static final Duration ENGINE_LIMIT = Duration.ofSeconds(60);

    public static void main(String[] args) throws Exception {
        String storage = System.getProperty("bench.storage", "rejoin");
        int engines = Integer.getInteger("bench.engines", 100);
        int instances = Integer.getInteger("bench.instances", 20);
        int workers = Integer.getInteger("bench.workers", 4);
        String loaded = EngineFactory.class.getClassLoader()
                .loadClass("io.camunda.zeebe.process.test.engine.InMemoryLogStorage")
                .getProtectionDomain().getCodeSource().getLocation().toString();
        System.out.println("log storage class from " + loaded);

        int stopped = 0;
        int slow = 0;
        long began = System.nanoTime();
        for (int i = 1; i <= engines; i++) {
            Outcome outcome = runEngine(instances, workers);
            if (outcome == Outcome.STOPPED) {
                stopped++;
                System.out.println("engine " + i + " of " + engines + " stopped: its stream processor failed");
            } else if (outcome == Outcome.SLOW) {
                slow++;
                System.out.println("engine " + i + " of " + engines + " too slow, but still processing");
            }
            if (i % 25 == 0) {
                System.out.printf("%d engines, %d stopped, %d s%n", i, stopped, (System.nanoTime() - began) / 1_000_000_000L);
            }
        }
        long seconds = (System.nanoTime() - began) / 1_000_000_000L;
        String figures = String.format("| %s | %d | %d | %d | %d | %d | %d s |%n", storage, engines, instances,
                workers, stopped, slow, seconds);
        System.out.print(figures);
        String file = System.getProperty("bench.append-to");
        if (file != null) {
            java.nio.file.Files.writeString(java.nio.file.Path.of(file), figures,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        }
        System.exit(0);
    }

    enum Outcome { FINISHED, SLOW, STOPPED }

    /** Whether every instance finished in time; if not, whether the engine's stream processor has failed. */
    private static Outcome runEngine(int instances, int workerCount) throws Exception {
        ZeebeTestEngine engine = EngineFactory.create();
        engine.start();
        String gateway = "http://127.0.0.1" + engine.getGatewayAddress().substring(engine.getGatewayAddress().lastIndexOf(':'));
        List<JobWorker> workers = new ArrayList<>();
        try (CamundaClient client = CamundaClient.newClientBuilder()
                .grpcAddress(URI.create(gateway))
                .restAddress(URI.create(gateway))
                .preferRestOverGrpc(false)
                .defaultRequestTimeout(ENGINE_LIMIT)
                .build()) {
            client.newDeployResourceCommand().addProcessModel(tenSteps(), "stress.bpmn").send().join();
            for (int w = 0; w < workerCount; w++) {
                workers.add(client.newWorker().jobType("stress-step")
                        .handler((jobs, job) -> jobs.newCompleteCommand(job).send())
                        .maxJobsActive(32).pollInterval(Duration.ofMillis(10)).open());
            }
            List<CompletableFuture<?>> finished = new ArrayList<>();
            for (int n = 0; n < instances; n++) {
                finished.add(client.newCreateInstanceCommand().bpmnProcessId("stress").latestVersion()
                        .withResult().requestTimeout(ENGINE_LIMIT).send().toCompletableFuture());
            }
            for (int m = 0; m < MESSAGES; m++) {
                finished.add(client.newPublishMessageCommand().messageName("stress-noise").correlationKey("m" + m)
                        .timeToLive(Duration.ZERO).requestTimeout(ENGINE_LIMIT).send().toCompletableFuture());
            }
            CompletableFuture.allOf(finished.toArray(CompletableFuture[]::new))
                    .get(ENGINE_LIMIT.toSeconds() + 5, TimeUnit.SECONDS);
            return Outcome.FINISHED;
        } catch (Exception e) {
            System.out.println("  " + e);
            return streamProcessorFailed(engine) ? Outcome.STOPPED : Outcome.SLOW;
        } finally {
            workers.forEach(JobWorker::close);
            engine.stop();
        }
    }

    private static boolean streamProcessorFailed(ZeebeTestEngine engine) throws Exception {
        var field = engine.getClass().getDeclaredField("streamProcessor");
        field.setAccessible(true);
        return ((io.camunda.zeebe.stream.impl.StreamProcessor) field.get(engine)).isFailed();
    }

    private static io.camunda.zeebe.model.bpmn.BpmnModelInstance tenSteps() {
        AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess("stress").startEvent();
        for (int s = 1; s <= STEPS; s++) {
            flow = flow.serviceTask("Step_" + s, t -> t.zeebeJobType("stress-step"));
        }
        return flow.endEvent().done();
    }
}
