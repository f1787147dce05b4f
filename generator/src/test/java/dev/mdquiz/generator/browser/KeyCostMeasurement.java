package dev.mdquiz.generator.browser;

import dev.mdquiz.generator.internal.report.Report;
import dev.mdquiz.generator.GeneratorConfig;
import dev.mdquiz.generator.internal.key.AnswerKeys;
import dev.mdquiz.generator.internal.key.KeyOptions;
import dev.mdquiz.generator.internal.load.SourceFile;
import dev.mdquiz.generator.model.Quiz;
import dev.mdquiz.generator.internal.parse.BankParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The figures in docs/answer-keys.md: what a check, a brute-force search and a build cost at the default key
 * settings, in the headless Chromium of the browser tests and in this JVM. Not part of the test run; measure with
 * {@code mvn -o test -pl templates,generator -Dtest=KeyCostMeasurement -Dmdquiz.measure=true}.
 */
@EnabledIfSystemProperty(named = "mdquiz.measure", matches = "true")
class KeyCostMeasurement {
    private static final String BANK = """
            **1.** A word: [[rhododendron]]

            **2.** Four options. <!-- quiz: multiple -->

            - [x] a
            - [ ] b
            - [x] c
            - [ ] d

            **3.** Six options. <!-- quiz: multiple -->

            - [x] a
            - [ ] b
            - [x] c
            - [ ] d
            - [ ] e
            - [x] f

            **4.** Ten options. <!-- quiz: multiple -->

            - [x] a
            - [ ] b
            - [x] c
            - [ ] d
            - [ ] e
            - [x] f
            - [ ] g
            - [ ] h
            - [x] i
            - [ ] j
            """;
    /** Times, in ms, what one learner's tab would: checks and a search over every response, one after another. */
    private static final String IN_PAGE = """
            return (async function () {
              var quizId = document.querySelector('[data-quiz]').getAttribute('data-quiz');
              var q = document.querySelectorAll('[data-question]');
              var out = {};
              async function time(runs, action) {
                var start = performance.now();
                for (var i = 0; i < runs; i++) await action(i);
                return (performance.now() - start) / runs;
              }
              for (var iterations of arguments[0]) {
                q[0].setAttribute('data-iterations', iterations);
                out['check ' + iterations] = await time(arguments[1], function (i) {
                  return mdquizKeys.accept(quizId, q[0], 'b1', 'guess' + i);
                });
              }
              for (var n = 1; n <= 3; n++) {
                var ids = Array.prototype.map.call(q[n].querySelectorAll('input'), function (input) { return input.value; });
                out['search ' + ids.length] = await time(1, async function () {
                  for (var mask = 1; mask < (1 << ids.length); mask++) {
                    var subset = ids.filter(function (id, i) { return mask & (1 << i); }).sort().join(',');
                    await mdquizKeys.accept(quizId, q[n], 'choice', subset);
                  }
                });
              }
              return out;
            })(arguments[0], arguments[1]);""";

    private static final int RUNS = 5;

    @TempDir
    Path directory;

    @Test
    void measure() throws Exception {
        Site site = new Site(directory).bank("costs.md", BANK);
        site.generate();
        List<Integer> counts = List.of(100_000, 200_000, GeneratorConfig.DEFAULT_KEY_ITERATIONS, 600_000);
        try (Browser browser = Browser.start()) {
            String url = Site.fileUrl(site.page("costs.md"));
            report("Web Crypto", fastest(() -> {
                browser.open(url);
                return browser.script(IN_PAGE, counts, 20);
            }));
            report("bundled fallback", fastest(() -> browser.withoutWebCrypto(() -> {
                browser.open(url);
                return browser.script(IN_PAGE, counts, 3);
            })));
        }
        measureBuild();
    }

    /** The fastest of a few runs of each timing: the machine is shared, and slower runs measure the neighbours. */
    @SuppressWarnings("unchecked")
    private static Map<String, Double> fastest(Supplier<Object> run) {
        Map<String, Double> best = new TreeMap<>();
        for (int i = 0; i < RUNS; i++) {
            ((Map<String, Object>) run.get()).forEach((what, ms) -> best.merge(what, ((Number) ms).doubleValue(), Math::min));
        }
        return best;
    }

    private static void report(String path, Map<String, Double> times) {
        times.forEach((what, ms) -> System.out.printf("%-17s %-14s %10.2f ms%n", path, what, ms));
    }

    /** One stretched derivation per key: alone on one core, then a bank of 64 keys on every core. */
    private static void measureBuild() throws Exception {
        AnswerKeys keys = new AnswerKeys(new KeyOptions("", GeneratorConfig.DEFAULT_KEY_ITERATIONS, 0, null));
        keys.keysFor(quiz("**1.** [[warm up]]")); // JIT
        double single = Double.MAX_VALUE;
        double all = Double.MAX_VALUE;
        List<String> variants = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            variants.add("variant" + i);
        }
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            keys.keysFor(quiz("**1.** [[word" + run + "]]"));
            single = Math.min(single, (System.nanoTime() - start) / 1e6);
            start = System.nanoTime();
            keys.keysFor(quiz("**1.** [[" + run + String.join("|", variants) + "]]"));
            all = Math.min(all, (System.nanoTime() - start) / 1e6);
        }
        System.out.printf("build, one core   per key        %10.2f ms%n", single);
        System.out.printf("build, %d cores   64 keys        %10.2f ms%n", Runtime.getRuntime().availableProcessors(), all);
    }

    private static Quiz quiz(String markdown) {
        return new BankParser().parse(new SourceFile("costs", "costs.md", markdown), new Report("costs.md"));
    }
}
