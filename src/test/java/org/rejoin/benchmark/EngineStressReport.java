package org.rejoin.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;

/** Puts the rows EngineStress appended, one per log storage, into docs/benchmarks.md. */
public final class EngineStressReport {

    public static void main(String[] args) throws Exception {
        String figures = """
                Fresh in-memory engines in turn, each running 20 instances of a ten-step service-task process through four
                job workers while 1,000 message commands are sent at once:

                | log storage | engines | instances each | workers | engines stopped (stream processor failed) | engines only slow (past 60 s, still processing) | time |
                |---|---|---|---|---|---|---|
                """ + Files.readString(Path.of(args[0]));
        BenchmarkFile.replaceSection("engine-stress", figures);
    }
}
