package org.rejoin.benchmark;

import java.util.Arrays;

/** Call latencies of one query, in nanoseconds, and their percentiles (nearest rank). */
public final class Latencies {

    private final String name;
    private final long[] nanos;
    private int count;

    public Latencies(String name, int capacity) {
        this.name = name;
        this.nanos = new long[capacity];
    }

    public void add(long elapsedNanos) {
        nanos[count++] = elapsedNanos;
    }

    public String name() {
        return name;
    }

    public int count() {
        return count;
    }

    public double percentileMillis(double p) {
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return sorted[Math.max(0, Math.min(count - 1, rank - 1))] / 1e6;
    }

    public double maxMillis() {
        return Arrays.stream(nanos, 0, count).max().orElse(0) / 1e6;
    }

    public double meanMillis() {
        return Arrays.stream(nanos, 0, count).average().orElse(0) / 1e6;
    }

    public String row() {
        return String.format("| %-44s | %6d | %7.3f | %7.3f | %7.3f | %8.3f | %7.3f |", name, count, percentileMillis(50),
                percentileMillis(95), percentileMillis(99), maxMillis(), meanMillis());
    }

    public static String header() {
        return "| query (one call = page of 50 + its count)    |  calls | p50 ms  | p95 ms  | p99 ms  |  max ms  | mean ms |\n"
             + "|----------------------------------------------|-------:|--------:|--------:|--------:|---------:|--------:|";
    }
}
