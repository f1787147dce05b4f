package dev.mdquiz.bench.measure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Wall times of the measured iterations, in nanoseconds; the median is the headline figure. */
public record Timing(List<Long> samplesNanos) {
    public Timing {
        if (samplesNanos.isEmpty()) {
            throw new IllegalArgumentException("no samples");
        }
        samplesNanos = List.copyOf(samplesNanos);
    }

    public double medianMillis() {
        List<Long> sorted = new ArrayList<>(samplesNanos);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        double median = sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
        return median / 1e6;
    }

    public double minMillis() {
        return Collections.min(samplesNanos) / 1e6;
    }

    public List<Double> samplesMillis() {
        return samplesNanos.stream().map(n -> n / 1e6).toList();
    }
}
