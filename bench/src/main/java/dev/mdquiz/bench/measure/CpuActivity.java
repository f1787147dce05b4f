package dev.mdquiz.bench.measure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * How busy the machine's CPUs are, from /proc/stat. Sampled between steps, while the benchmark itself is idle,
 * it measures the load of other processes, which on a shared machine can distort every timing.
 */
public final class CpuActivity {
    private CpuActivity() {
    }

    /** The busy share (0..1) of all CPUs over {@code interval}; empty where there is no /proc/stat. */
    public static OptionalDouble busyShare(Duration interval) throws InterruptedException {
        long[] before = read();
        Thread.sleep(interval.toMillis());
        long[] after = read();
        if (before.length == 0 || after.length == 0) {
            return OptionalDouble.empty();
        }
        long total = 0;
        long idle = 0;
        for (int i = 0; i < Math.min(8, after.length); i++) {
            long delta = after[i] - before[i];
            total += delta;
            if (i == 3 || i == 4) { // idle and iowait
                idle += delta;
            }
        }
        return total <= 0 ? OptionalDouble.empty() : OptionalDouble.of((double) (total - idle) / total);
    }

    /** The aggregate "cpu" line: user nice system idle iowait irq softirq steal ...; empty if unreadable. */
    private static long[] read() {
        try {
            String line = Files.readAllLines(Path.of("/proc/stat")).get(0);
            if (!line.startsWith("cpu ")) {
                return new long[0];
            }
            return Arrays.stream(line.substring(4).trim().split("\\s+")).mapToLong(Long::parseLong).toArray();
        } catch (IOException | RuntimeException e) {
            return new long[0];
        }
    }
}
