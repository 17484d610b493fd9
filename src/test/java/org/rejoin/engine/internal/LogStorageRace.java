package org.rejoin.engine.internal;

import io.camunda.zeebe.logstreams.storage.LogStorage;
import io.camunda.zeebe.logstreams.storage.LogStorageReader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

/**
 * The engine's use of its log, reduced to its bones: one thread appends small blocks (as the gRPC gateway
 * does) while followers read the log as it grows (as the stream processor and the exporters do). A round
 * breaks when a follower throws, reads a block out of order or with the wrong content, or does not reach
 * the end in time.
 */
public final class LogStorageRace {

    private static final Duration ROUND_LIMIT = Duration.ofSeconds(20);
    private static final LogStorage.AppendListener IGNORED = new LogStorage.AppendListener() {
    };

    private final int blocks;
    private final int followers;

    public LogStorageRace(int blocks, int followers) {
        this.blocks = blocks;
        this.followers = followers;
    }

    public record Result(int rounds, int broken, String firstBreak) {
    }

    /** Runs up to {@code rounds} rounds, each on a fresh storage; stops at the first break when asked to. */
    public Result run(Supplier<LogStorage> storages, int rounds, boolean stopAtFirstBreak) throws InterruptedException {
        int broken = 0;
        String firstBreak = null;
        int round = 0;
        while (round < rounds) {
            round++;
            String problem = round(storages.get());
            if (problem != null) {
                broken++;
                firstBreak = firstBreak == null ? "round " + round + ": " + problem : firstBreak;
                if (stopAtFirstBreak) {
                    break;
                }
            }
        }
        return new Result(round, broken, firstBreak);
    }

    private String round(LogStorage storage) throws InterruptedException {
        var problems = new ConcurrentLinkedQueue<String>();
        var start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int f = 0; f < followers; f++) {
            LogStorageReader reader = storage.newReader();
            threads.add(Thread.ofPlatform().start(() -> follow(reader, start, problems)));
        }
        threads.add(Thread.ofPlatform().start(() -> append(storage, start, problems)));
        start.countDown();
        for (Thread thread : threads) {
            thread.join(ROUND_LIMIT.toMillis() + 1_000);
        }
        return problems.peek();
    }

    private void append(LogStorage storage, CountDownLatch start, ConcurrentLinkedQueue<String> problems) {
        try {
            start.await();
            for (long position = 1; position <= blocks; position++) {
                ByteBuffer block = ByteBuffer.allocate(Long.BYTES).order(ByteOrder.LITTLE_ENDIAN).putLong(0, position);
                storage.append(position, position, block, IGNORED);
            }
        } catch (Throwable e) {
            problems.add("the appender failed: " + e);
        }
    }

    private void follow(LogStorageReader reader, CountDownLatch start, ConcurrentLinkedQueue<String> problems) {
        long deadline = System.nanoTime() + ROUND_LIMIT.toNanos();
        long expected = 1;
        try {
            start.await();
            while (expected <= blocks) {
                if (!reader.hasNext()) {
                    if (System.nanoTime() > deadline) {
                        problems.add("a follower stopped at block " + expected + " of " + blocks);
                        return;
                    }
                    Thread.onSpinWait();
                    continue;
                }
                long read = reader.next().getLong(0, ByteOrder.LITTLE_ENDIAN);
                if (read != expected) {
                    problems.add("a follower read block " + read + " where block " + expected + " belongs");
                    return;
                }
                expected++;
            }
        } catch (Throwable e) {
            problems.add("a follower failed at block " + expected + ": " + e);
        }
    }
}
