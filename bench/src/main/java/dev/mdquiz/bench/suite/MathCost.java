package dev.mdquiz.bench.suite;

import dev.mdquiz.bench.BenchContext;
import dev.mdquiz.bench.corpus.Corpus;
import dev.mdquiz.bench.measure.Trees;
import dev.mdquiz.bench.report.Figures;
import dev.mdquiz.bench.report.Section;
import dev.mdquiz.generator.GeneratorConfig;
import dev.mdquiz.generator.QuizGenerator;
import dev.mdquiz.generator.internal.math.Formulas;
import dev.mdquiz.generator.internal.math.TemmlEngine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The price of math: the same course built without formulas and with five in every bank (in five question texts,
 * distinct formulas from a seeded mix of fractions, roots, sums, integrals, matrices and Greek letters), in one
 * run. Cold builds (no output, no cache) of both, and of the math course once more from the formula cache alone
 * (a new process, as a CI rebuild or a preview restart is); the first math build of the process also loads the
 * engine, which is measured apart. Bytes per formula are the pages' growth and the MathML's own length.
 */
public final class MathCost {
    public static final int FORMULAS_PER_BANK = 5;
    private static final int RUNS = 3;
    private static final Pattern QUESTION_START = Pattern.compile("(?m)^\\*\\*\\d+\\.\\*\\*.*$");
    private static final Pattern MATHML = Pattern.compile("<math[ >].*?</math>", Pattern.DOTALL);

    private MathCost() {
    }

    public static Section run(BenchContext context) throws Exception {
        int banks = context.options().e2eBanks();
        Corpus plain = context.corpora().get(banks);
        Path root = context.scratch("math");
        Trees.delete(root);
        Path mathCorpus = root.resolve("corpus");
        int formulas = withFormulas(plain.directory(), mathCorpus, context.options().seed());

        GeneratorConfig plainConfig = config(plain.directory(), root.resolve("plain"));
        GeneratorConfig mathConfig = config(mathCorpus, root.resolve("math"));
        Path mathCache = root.resolve("math").resolve("cache");

        cold(plainConfig, root.resolve("plain")); // warms the JVM up: the in-process suite measures this course too
        int loadsBefore = TemmlEngine.loads();
        long start = System.nanoTime();
        cold(mathConfig, root.resolve("math"));
        double firstMath = (System.nanoTime() - start) / 1e6; // with the engine's load, if no suite loaded it before
        boolean loadedHere = TemmlEngine.loads() > loadsBefore;

        double[] plainRuns = new double[RUNS];
        double[] mathRuns = new double[RUNS];
        double[] cachedRuns = new double[RUNS];
        for (int run = 0; run < RUNS; run++) { // interleaved, so that a busy spell hits both alike
            plainRuns[run] = cold(plainConfig, root.resolve("plain"));
            mathRuns[run] = cold(mathConfig, root.resolve("math"));
            Formulas.forgetMemory(); // as a new process: the formulas come from the cache folder
            Trees.delete(root.resolve("math").resolve("site"));
            long cachedStart = System.nanoTime();
            new QuizGenerator(mathConfig).generate();
            cachedRuns[run] = (System.nanoTime() - cachedStart) / 1e6;
        }
        double plainMillis = median(plainRuns);
        double mathMillis = median(mathRuns);
        double cachedMillis = median(cachedRuns);
        long plainBytes = pageBytes(root.resolve("plain").resolve("site"));
        long mathBytes = pageBytes(root.resolve("math").resolve("site"));
        long mathMlBytes = mathMlBytes(root.resolve("math").resolve("site"));
        long cachedFiles = countFiles(mathCache.resolve("math"));
        Trees.delete(root);

        double perFormula = (mathMillis - plainMillis) / formulas;
        double cachedPerFormula = (cachedMillis - plainMillis) / formulas;
        List<List<String>> table = new ArrayList<>();
        table.add(List.of("without math", Figures.millis(plainMillis), "", Figures.bytes(plainBytes), ""));
        table.add(List.of("5 formulas a bank, cold", Figures.millis(mathMillis), String.format("%.2f ms", perFormula),
                Figures.bytes(mathBytes), String.format("%.0f B (MathML %.0f B)",
                        (double) (mathBytes - plainBytes) / formulas, (double) mathMlBytes / formulas)));
        table.add(List.of("5 formulas a bank, from the cache", Figures.millis(cachedMillis),
                String.format("%.2f ms", cachedPerFormula), "", ""));
        table.add(List.of("first math build of the process", Figures.millis(firstMath),
                loadedHere ? "engine load included" : "engine loaded before", "", ""));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("banks", banks);
        json.put("formulas", formulas);
        json.put("plainMillis", plainMillis);
        json.put("mathMillis", mathMillis);
        json.put("cachedMillis", cachedMillis);
        json.put("firstMathMillis", firstMath);
        json.put("engineLoadedInFirstBuild", loadedHere);
        json.put("millisPerFormula", perFormula);
        json.put("cachedMillisPerFormula", cachedPerFormula);
        json.put("plainPageBytes", plainBytes);
        json.put("mathPageBytes", mathBytes);
        json.put("pageBytesPerFormula", (double) (mathBytes - plainBytes) / formulas);
        json.put("mathMlBytesPerFormula", (double) mathMlBytes / formulas);
        json.put("cachedFormulaFiles", cachedFiles);
        return new Section("math", "Math: " + Figures.count(banks) + " banks, " + Figures.count(formulas)
                + " formulas, median of " + RUNS + " cold builds",
                List.of("course", "full build", "per formula", "pages", "bytes per formula"), table,
                List.of("cold: no output and no cache; 'from the cache': formulas in the cache folder, none in memory",
                        "bytes per formula: the pages' growth over the course without math (a formula also adds"
                                + " a few words of text around it), and the MathML's own length",
                        "keys at the cheapest cost (keyIterations 0), as in the other suites"),
                json);
    }

    private static GeneratorConfig config(Path source, Path root) {
        return GeneratorConfig.builder(source, root.resolve("site")).cacheDirectory(root.resolve("cache"))
                .answerKeyDirectory(root.resolve("keys")).keyIterations(KeyCost.SCALING_ITERATIONS).build();
    }

    /** A build with no output, no cache and no formula in memory; its time in milliseconds. */
    private static double cold(GeneratorConfig config, Path root) throws Exception {
        Trees.delete(root);
        Formulas.forgetMemory();
        long start = System.nanoTime();
        new QuizGenerator(config).generate();
        return (System.nanoTime() - start) / 1e6;
    }

    /** Copies the corpus, adding a sentence with a formula to the first five questions of every bank. */
    static int withFormulas(Path from, Path to, long seed) throws IOException {
        Random random = new Random(seed);
        int[] count = {0};
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else if (file.toString().endsWith(".md") && !file.getFileName().toString().startsWith("_")) {
                    Files.writeString(target, addFormulas(Files.readString(file), random, count));
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return count[0];
    }

    private static String addFormulas(String bank, Random random, int[] count) {
        Matcher question = QUESTION_START.matcher(bank);
        StringBuilder out = new StringBuilder();
        int added = 0;
        while (question.find()) {
            String line = question.group();
            if (added < FORMULAS_PER_BANK) {
                line = line + " Take $" + formula(random) + "$.";
                added++;
            }
            question.appendReplacement(out, Matcher.quoteReplacement(line));
        }
        question.appendTail(out);
        count[0] += added;
        return out.toString();
    }

    /** A formula of the kinds courses write, with numbers that make nearly every one distinct. */
    static String formula(Random random) {
        int a = 1 + random.nextInt(20);
        int b = 2 + random.nextInt(20);
        int n = 2 + random.nextInt(9);
        String[] greek = {"\\alpha", "\\beta", "\\gamma", "\\lambda", "\\mu", "\\sigma", "\\theta", "\\omega"};
        String g = greek[random.nextInt(greek.length)];
        switch (random.nextInt(8)) {
            case 0: return "\\frac{" + a + "}{" + b + "} + \\frac{x}{" + n + "}";
            case 1: return "x = \\frac{-b \\pm \\sqrt{b^2 - " + a + "ac}}{2a}";
            case 2: return "\\sum_{i=1}^{" + n + "} i^{" + a + "} = " + b;
            case 3: return "\\int_0^{" + a + "} x^{" + n + "} \\, dx";
            case 4: return g + "_{" + n + "} = " + a + " \\cdot " + g + "_{" + (n - 1) + "} + " + b;
            case 5: return "\\begin{pmatrix} " + a + " & " + b + " \\\\ " + n + " & 1 \\end{pmatrix}";
            case 6: return "\\lim_{x \\to " + a + "} \\frac{\\sin(" + n + "x)}{x}";
            default: return "e^{i " + g + "} = \\cos " + g + " + i \\sin " + g + " + " + a;
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long pageBytes(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(f -> f.toString().endsWith(".html") && !f.endsWith("index.html"))
                    .mapToLong(f -> {
                        try {
                            return Files.size(f);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }).sum();
        }
    }

    private static long mathMlBytes(Path site) throws IOException {
        long bytes = 0;
        try (Stream<Path> files = Files.walk(site)) {
            for (Path page : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher math = MATHML.matcher(Files.readString(page));
                while (math.find()) {
                    bytes += math.group().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
                }
            }
        }
        return bytes;
    }

    private static long countFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }
}
