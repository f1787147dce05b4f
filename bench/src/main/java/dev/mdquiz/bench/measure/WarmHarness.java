package dev.mdquiz.bench.measure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's harness, in place of JMH: the workloads are whole builds of hundreds of milliseconds to
 * seconds that write thousands of files and need an untimed reset before each run, which JMH's per-invocation
 * fixtures handle poorly. Each measurement warms up (at least {@code warmups} runs and at least
 * {@code minWarmup} of wall time, so the JIT has compiled the hot paths even for tiny corpora), then times
 * {@code iterations} runs. Every run is preceded by an untimed {@code reset}, e.g. emptying the output folder.
 */
public record WarmHarness(int warmups, int iterations, Duration minWarmup) {
    public WarmHarness {
        if (iterations < 1 || warmups < 0) {
            throw new IllegalArgumentException("need at least one measured iteration");
        }
    }

    /** A unit of work that may fail with any exception; a failure ends the measurement. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    public Timing measure(Work reset, Work work) throws Exception {
        long warmupEnd = System.nanoTime() + minWarmup.toNanos();
        for (int i = 0; i < warmups || (warmups > 0 && System.nanoTime() < warmupEnd); i++) {
            reset.run();
            work.run();
        }
        List<Long> samples = new ArrayList<>();
        for (int i = 0; i < iterations; i++) {
            reset.run();
            long start = System.nanoTime();
            work.run();
            samples.add(System.nanoTime() - start);
        }
        return new Timing(samples);
    }
}
