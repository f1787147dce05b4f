package dev.mdquiz.bench.suite;

import dev.mdquiz.bench.BenchContext;
import dev.mdquiz.bench.corpus.Corpus;
import dev.mdquiz.bench.measure.ForkedGeneration;
import dev.mdquiz.bench.measure.ForkedJvm;
import dev.mdquiz.bench.measure.Trees;
import dev.mdquiz.bench.report.Figures;
import dev.mdquiz.bench.report.Section;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Memory: one cold build per forked JVM. Corpora grow until one fails under {@code -Xmx256m} (the JVM exits
 * on the first OutOfMemoryError); then the peak RSS (VmHWM) of an unlimited JVM building the RSS corpus.
 */
public final class MemoryCeiling {
    static final String HEAP_LIMIT = "-Xmx256m";
    /** The exit status of -XX:+ExitOnOutOfMemoryError. */
    private static final int OUT_OF_MEMORY_EXIT = 3;

    private MemoryCeiling() {
    }

    public record Attempt(int banks, String heap, boolean succeeded, int exitCode, double millis, long peakRssKib) {
    }

    public record Result(List<Attempt> limited, Attempt unlimited) {
        public int largestUnderLimit() {
            return limited.stream().filter(Attempt::succeeded).mapToInt(Attempt::banks).max().orElse(0);
        }

        public Section section() {
            List<List<String>> rows = new ArrayList<>();
            List<Map<String, Object>> json = new ArrayList<>();
            List<Attempt> all = new ArrayList<>(limited);
            all.add(unlimited);
            for (Attempt attempt : all) {
                String outcome = attempt.succeeded() ? "ok"
                        : attempt.exitCode() == OUT_OF_MEMORY_EXIT ? "OutOfMemoryError" : "failed (exit " + attempt.exitCode() + ")";
                rows.add(List.of(Figures.count(attempt.banks()), attempt.heap(), outcome,
                        attempt.succeeded() ? Figures.millis(attempt.millis()) : "-",
                        attempt.peakRssKib() > 0 ? Figures.mib(attempt.peakRssKib()) : "-"));
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("banks", attempt.banks());
                entry.put("heap", attempt.heap());
                entry.put("succeeded", attempt.succeeded());
                entry.put("exitCode", attempt.exitCode());
                entry.put("millis", attempt.millis());
                entry.put("peakRssKiB", attempt.peakRssKib());
                json.add(entry);
            }
            return new Section("memory", "Memory: one cold build per forked JVM",
                    List.of("banks", "heap", "outcome", "build", "peak RSS (VmHWM)"), rows,
                    List.of("largest corpus that builds under " + HEAP_LIMIT + ": " + Figures.count(largestUnderLimit())
                            + " banks (tried " + limited.stream().map(a -> Figures.count(a.banks())).toList() + ")"),
                    Map.of("heapLimit", HEAP_LIMIT, "largestUnderLimit", largestUnderLimit(), "attempts", json));
        }
    }

    public static Result run(BenchContext context) throws Exception {
        List<Attempt> limited = new ArrayList<>();
        for (int banks : context.options().memorySizes()) {
            Attempt attempt = build(context, context.corpora().get(banks), HEAP_LIMIT);
            limited.add(attempt);
            if (!attempt.succeeded()) {
                break; // a larger corpus needs more, not less
            }
        }
        Attempt unlimited = build(context, context.corpora().get(context.options().rssBanks()), null);
        return new Result(limited, unlimited);
    }

    private static Attempt build(BenchContext context, Corpus corpus, String heap) throws Exception {
        List<String> jvmArgs = new ArrayList<>(List.of("-XX:+ExitOnOutOfMemoryError"));
        if (heap != null) {
            jvmArgs.add(heap);
        }
        Path outputRoot = context.scratch("memory");
        Trees.delete(outputRoot);
        Path work = context.scratch("");
        Files.createDirectories(work);
        ForkedJvm.Outcome outcome = ForkedJvm.run(List.of(), jvmArgs, ForkedGeneration.class,
                List.of(corpus.directory().toString(), outputRoot.toString(), "0", "1", "0"), work);
        Trees.delete(outputRoot);
        String heapLabel = heap != null ? heap : "default (max " + defaultHeap(outcome) + ")";
        if (!outcome.succeeded()) {
            return new Attempt(corpus.banks(), heapLabel, false, outcome.process().exitCode(), 0, -1);
        }
        return new Attempt(corpus.banks(), heapLabel, true, 0, outcome.number("medianMillis"),
                (long) outcome.number("peakRssKiB"));
    }

    private static String defaultHeap(ForkedJvm.Outcome outcome) {
        return outcome.result().isEmpty() ? "?" : Figures.count((long) outcome.number("maxHeapMiB")) + " MiB";
    }
}
