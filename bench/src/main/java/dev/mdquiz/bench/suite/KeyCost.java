package dev.mdquiz.bench.suite;

import dev.mdquiz.bench.BenchContext;
import dev.mdquiz.bench.corpus.Corpus;
import dev.mdquiz.bench.measure.Trees;
import dev.mdquiz.bench.report.Figures;
import dev.mdquiz.bench.report.Section;
import dev.mdquiz.generator.GeneratorConfig;
import dev.mdquiz.generator.QuizGenerator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The price of key stretching: full builds of one corpus at the default PBKDF2 cost of fill-in and numeric keys
 * and at the cheapest (plain SHA-256). The other suites build at the cheapest cost, so that they measure the
 * generator rather than PBKDF2; this one shows what the default adds.
 */
public final class KeyCost {
    /** The key cost of every other suite's builds: plain salted SHA-256 for every key. */
    public static final int SCALING_ITERATIONS = 0;
    private static final int RUNS = 2;

    private KeyCost() {
    }

    public static Section run(BenchContext context) throws Exception {
        int banks = context.options().e2eBanks();
        Corpus corpus = context.corpora().get(banks);
        Path outputRoot = context.scratch("key-cost");
        List<List<String>> table = new ArrayList<>();
        Map<String, Object> json = new LinkedHashMap<>();
        double cheapest = 0;
        for (int iterations : new int[] {SCALING_ITERATIONS, GeneratorConfig.DEFAULT_KEY_ITERATIONS}) {
            GeneratorConfig config = GeneratorConfig.builder(corpus.directory(), outputRoot.resolve("site"))
                    .keyIterations(iterations).build();
            double best = Double.MAX_VALUE;
            for (int run = 0; run <= RUNS; run++) { // the first run warms up
                Trees.delete(outputRoot); // the derived-key cache lives beside the output: start without it
                long start = System.nanoTime();
                new QuizGenerator(config).generate();
                double millis = (System.nanoTime() - start) / 1e6;
                if (run > 0) {
                    best = Math.min(best, millis);
                }
            }
            if (iterations == SCALING_ITERATIONS) {
                cheapest = best;
            }
            table.add(List.of(iterations == 0 ? "0 (plain SHA-256)" : Figures.count(iterations),
                    Figures.millis(best), Figures.rate(banks / (best / 1000)), Figures.ratio(best / cheapest)));
            json.put(iterations == SCALING_ITERATIONS ? "cheapestMillis" : "defaultMillis", best);
        }
        Trees.delete(outputRoot);
        json.put("banks", banks);
        json.put("defaultIterations", GeneratorConfig.DEFAULT_KEY_ITERATIONS);
        return new Section("keyCost", "Key cost: full build of " + Figures.count(banks) + " banks, best of " + RUNS + " cold runs",
                List.of("fill-in/numeric key iterations", "full build", "pages/s", "÷ cheapest"), table,
                List.of("cold: no output and no derived-key cache; choice keys stay plain SHA-256 at both costs",
                        "a rebuild reuses derived keys from the cache, so only changed questions pay the default cost"),
                json);
    }
}
