package org.rejoin.benchmark;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.rejoin.RejoinApplication;
import org.rejoin.endtoend.CaseWalk;
import org.rejoin.endtoend.WholeCase;
import org.rejoin.endtoend.WholeCase.Place;
import org.rejoin.journey.JourneyProcess;
import org.rejoin.support.PlanState;
import org.rejoin.support.SupportPlanProcess;
import org.rejoin.support.SupportPlanProcess.ReviewOutcomes;
import org.rejoin.support.SupportPlanService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How many whole cases (attendance import -> eight steps -> support plan agreed, two reviews -> plan
 * closed, every human step submitted through the inbox by a driver) the app carries per minute, and how
 * long each step takes to reach the inbox after the previous one was submitted. Writes its figures into
 * docs/benchmarks.md between this engine's markers. Run by benchmarks/throughput.sh, not by the tests.
 */
public final class CaseThroughput {

    /** Steps that wait for a timer (reviews every 2 s) or for the import's triage: timed apart. */
    static final Set<String> NOT_HANDOVERS = Set.of(SupportPlanProcess.Elements.REVIEW,
            JourneyProcess.Elements.ACT_ON_DROP, JourneyProcess.Elements.PARENT_MEETING);

    public static void main(String[] args) throws Exception {
        int cases = Integer.getInteger("bench.cases", 24);
        int parallel = Integer.getInteger("bench.parallel", 4);
        ConfigurableApplicationContext app = embedded();
        try {
            Latencies handovers = new Latencies("step hand-over: submitted -> next in inbox", 100_000);
            Latencies firstSteps = new Latencies("import -> case opened -> step 1 in inbox", 10_000);
            WholeCase whole = new WholeCase(app).timingSteps((element, nanos) -> {
                synchronized (CaseThroughput.class) {
                    if (JourneyProcess.Elements.ACT_ON_DROP.equals(element)) {
                        firstSteps.add(nanos);
                    } else if (!NOT_HANDOVERS.contains(element)) {
                        handovers.add(nanos);
                    }
                }
            });
            Place place = whole.place();
            runCase(app, whole, place); // warm-up: classes loaded, plans cached; not counted
            long began = System.nanoTime();
            try (ExecutorService pool = Executors.newFixedThreadPool(parallel)) {
                List<Future<?>> running = new ArrayList<>();
                for (int i = 0; i < cases; i++) {
                    running.add(pool.submit(() -> runCase(app, whole, place)));
                }
                for (Future<?> done : running) {
                    done.get();
                }
            }
            Duration took = Duration.ofNanos(System.nanoTime() - began);
            String figures = report(cases, parallel, took, handovers, firstSteps);
            System.out.println(figures);
            BenchmarkFile.replaceSection("throughput-memory", figures);
        } finally {
            app.close();
        }
        System.exit(0); // the embedded engine and clients keep threads of their own
    }

    private static void runCase(ConfigurableApplicationContext app, WholeCase whole, Place place) {
        UUID caseId = whole.caseFromImport(place);
        CaseWalk walk = new CaseWalk(whole, place, caseId);
        walk.journey();
        walk.agreePlan();
        walk.review(ReviewOutcomes.ACHIEVED);
        walk.review(ReviewOutcomes.ALL_ACHIEVED);
        org.awaitility.Awaitility.await().atMost(WholeCase.WAIT).until(() -> app.getBean(SupportPlanService.class)
                .plan(place.champion(), caseId).map(p -> p.state() == PlanState.CLOSED_FOLLOWING_UP).orElse(false));
    }

    static ConfigurableApplicationContext embedded() {
        return new SpringApplicationBuilder(RejoinApplication.class).run("--server.port=0",
                "--rejoin.demo.open-cases=false", "--rejoin.plan.review-every=PT2S", "--spring.main.banner-mode=off");
    }

    private static String report(int cases, int parallel, Duration took, Latencies handovers,
                                 Latencies firstSteps) {
        double perMinute = cases / (took.toMillis() / 60_000.0);
        return String.format("""
                Measured %s on this machine (2 cores), engine: %s. %d whole cases, %d driven at a time, after one
                warm-up case: %.1f s in all, **%.1f whole cases a minute** (each waits 2 × 2 s for its review timers).

                %s
                %s
                %s
                """, LocalDate.now(), "in-memory Zeebe 8.8 engine (zeebe-process-test), over gRPC", cases, parallel,
                took.toMillis() / 1000.0, perMinute, Latencies.header().replace("query (one call = page of 50 + its count)",
                        "what is timed                               "), handovers.row(), firstSteps.row());
    }

}
