package dev.mdquiz.bench.suite;

import dev.mdquiz.bench.BenchContext;
import dev.mdquiz.bench.corpus.Corpus;
import dev.mdquiz.bench.measure.Timing;
import dev.mdquiz.bench.measure.Trees;
import dev.mdquiz.bench.report.Figures;
import dev.mdquiz.bench.report.Section;
import dev.mdquiz.generator.BuildResult;
import dev.mdquiz.generator.GeneratorConfig;
import dev.mdquiz.generator.QuizGenerator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The generator in this JVM over corpora of growing size: a full build into an emptied folder, the parse-only
 * floor over the same files, and a rebuild with nothing changed onto the previous output.
 */
public final class InProcessScaling {
    private InProcessScaling() {
    }

    public record Row(int banks, int questions, Timing full, Timing floor, Timing unchanged) {
        public double pagesPerSecond() {
            return banks / (full.medianMillis() / 1000);
        }

        public double questionsPerSecond() {
            return questions / (full.medianMillis() / 1000);
        }

        public double millisPerBank() {
            return full.medianMillis() / banks;
        }

        public double floorRatio() {
            return full.medianMillis() / floor.medianMillis();
        }
    }

    public record Result(List<Row> rows) {
        public Optional<Row> at(int banks) {
            return rows.stream().filter(r -> r.banks() == banks).findFirst();
        }

        public Section section() {
            List<List<String>> table = new ArrayList<>();
            List<Map<String, Object>> json = new ArrayList<>();
            for (Row row : rows) {
                table.add(List.of(Figures.count(row.banks()), Figures.count(row.questions()),
                        Figures.millis(row.full().medianMillis()), Figures.millis(row.full().minMillis()),
                        Figures.rate(row.pagesPerSecond()),
                        Figures.rate(row.questionsPerSecond()), Figures.millis(row.millisPerBank()),
                        Figures.millis(row.floor().medianMillis()), Figures.ratio(row.floorRatio()),
                        Figures.millis(row.unchanged().medianMillis())));
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("banks", row.banks());
                entry.put("questions", row.questions());
                entry.put("fullBuildMedianMillis", row.full().medianMillis());
                entry.put("fullBuildSamplesMillis", row.full().samplesMillis());
                entry.put("pagesPerSecond", row.pagesPerSecond());
                entry.put("questionsPerSecond", row.questionsPerSecond());
                entry.put("millisPerBank", row.millisPerBank());
                entry.put("parseFloorMedianMillis", row.floor().medianMillis());
                entry.put("ratioToParseFloor", row.floorRatio());
                entry.put("noChangeRebuildMedianMillis", row.unchanged().medianMillis());
                json.add(entry);
            }
            return new Section("inProcess", "Generator in process (median of measured iterations, after warm-up)",
                    List.of("banks", "questions", "full build", "best", "pages/s", "questions/s", "per bank",
                            "parse floor", "÷ floor", "no-change rebuild"),
                    table,
                    List.of("full build: QuizGenerator.generate() with no output and no build cache, all stages, on the common pool",
                            "parse floor: commonmark-java 0.32.0 + GFM tables reading and parsing the same files, nothing else",
                            "no-change rebuild: generate() again onto the previous output (writes nothing)"),
                    Map.of("rows", json));
        }
    }

    public static Result run(BenchContext context) throws Exception {
        List<Row> rows = new ArrayList<>();
        ParseFloor floor = new ParseFloor();
        for (int banks : context.options().sizes()) {
            Corpus corpus = context.corpora().get(banks);
            // the generator keeps build state in siblings of its output folder: a full build starts without them
            Path outputRoot = context.scratch("in-process");
            GeneratorConfig config = GeneratorConfig.builder(corpus.directory(), outputRoot.resolve("site"))
                    .keyIterations(KeyCost.SCALING_ITERATIONS).build();
            Trees.delete(outputRoot);
            requireEveryPage(new QuizGenerator(config).generate(), corpus);
            Timing full = context.harness().measure(() -> Trees.delete(outputRoot), () -> new QuizGenerator(config).generate());
            Timing floorTiming = floor.measure(context.harness(), corpus.directory());
            // the last full build left its output in place: every run below finds nothing to change
            Timing unchanged = context.harness().measure(() -> { }, () -> new QuizGenerator(config).generate());
            Trees.delete(outputRoot);
            rows.add(new Row(banks, corpus.questions(), full, floorTiming, unchanged));
        }
        return new Result(rows);
    }

    /** A corpus that does not build page for page would make every figure meaningless. */
    static void requireEveryPage(BuildResult result, Corpus corpus) {
        if (result.quizzes() != corpus.banks() || result.questions() != corpus.questions()) {
            throw new IllegalStateException("the generator made " + result.quizzes() + " pages with "
                    + result.questions() + " questions from " + corpus.banks() + " banks with " + corpus.questions());
        }
        if (!result.warnings().isEmpty()) {
            throw new IllegalStateException("the synthetic corpus should be clean but has warnings, first: "
                    + result.warnings().get(0));
        }
    }
}
