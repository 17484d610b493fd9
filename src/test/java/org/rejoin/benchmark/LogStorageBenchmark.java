package org.rejoin.benchmark;

import io.camunda.zeebe.logstreams.storage.LogStorage;
import io.camunda.zeebe.logstreams.storage.LogStorageReader;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.function.Supplier;
import org.rejoin.engine.internal.LogStorageRace;
import org.rejoin.engine.internal.LogStorages;

/**
 * The in-memory engine's log storage, the engine's own class against Rejoin's replacement (issue 25): how
 * often each breaks when read while it grows (one appender, two followers, 20,000 blocks a round), and how
 * fast each appends and reads a long log on one thread. Writes its figures into docs/benchmarks.md.
 * Run by benchmarks/engine-stress.sh, not by the tests.
 */
public final class LogStorageBenchmark {

    private static final int BLOCKS = 500_000;
    private static final int REPEATS = 7;

    public static void main(String[] args) throws Exception {
        int ownRounds = Integer.getInteger("bench.own-rounds", 200);
        int rejoinRounds = Integer.getInteger("bench.rejoin-rounds", ownRounds * 10);
        var race = new LogStorageRace(20_000, 2);
        var own = race.run(LogStorages::enginesOwn, ownRounds, false);
        System.out.println("engine's own: " + own);
        var rejoins = race.run(LogStorages::rejoins, rejoinRounds, false);
        System.out.println("Rejoin's: " + rejoins);

        long[] ownTimes = appendAndRead(LogStorages::enginesOwn);
        long[] rejoinTimes = appendAndRead(LogStorages::rejoins);
        String figures = String.format("""
                Concurrent append and read (one appender, two followers, 20,000 blocks a round, a fresh storage each round):

                | log storage | rounds | rounds broken | first break |
                |---|---|---|---|
                | engine's own (zeebe-process-test-engine 8.8.21) | %d | %d | %s |
                | Rejoin's replacement | %d | %d | %s |

                One thread, %,d blocks of 128 bytes appended, then read from the start by one reader (median of %d):

                | log storage | append all | read all |
                |---|---|---|
                | engine's own | %d ms | %d ms |
                | Rejoin's replacement | %d ms | %d ms |
                """, own.rounds(), own.broken(), own.firstBreak(), rejoins.rounds(), rejoins.broken(),
                rejoins.firstBreak() == null ? "none" : rejoins.firstBreak(), BLOCKS, REPEATS,
                ownTimes[0], ownTimes[1], rejoinTimes[0], rejoinTimes[1]);
        System.out.print(figures);
        BenchmarkFile.replaceSection("engine-log-storage", figures);
        System.exit(0);
    }

    /** Median milliseconds to append {@link #BLOCKS} blocks, and to read them all back. */
    private static long[] appendAndRead(Supplier<LogStorage> storages) {
        long[] append = new long[REPEATS];
        long[] read = new long[REPEATS];
        var ignored = new LogStorage.AppendListener() {
        };
        for (int r = 0; r < REPEATS; r++) {
            LogStorage storage = storages.get();
            long began = System.nanoTime();
            for (long position = 1; position <= BLOCKS; position++) {
                storage.append(position, position, ByteBuffer.allocate(128), ignored);
            }
            append[r] = (System.nanoTime() - began) / 1_000_000;
            began = System.nanoTime();
            LogStorageReader reader = storage.newReader();
            reader.seek(1);
            long bytes = 0;
            while (reader.hasNext()) {
                bytes += reader.next().capacity();
            }
            read[r] = (System.nanoTime() - began) / 1_000_000;
            if (bytes != 128L * BLOCKS) {
                throw new IllegalStateException("read " + bytes + " bytes");
            }
        }
        Arrays.sort(append);
        Arrays.sort(read);
        return new long[] {append[REPEATS / 2], read[REPEATS / 2]};
    }
}
