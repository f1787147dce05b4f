package dev.mdquiz.bench.suite;

import dev.mdquiz.bench.Unavailable;
import dev.mdquiz.bench.BenchContext;
import dev.mdquiz.bench.corpus.Corpus;
import dev.mdquiz.bench.measure.ExternalCommand;
import dev.mdquiz.bench.measure.Timing;
import dev.mdquiz.bench.measure.Trees;
import dev.mdquiz.bench.report.Figures;
import dev.mdquiz.bench.report.Section;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an author waits for: the real {@code mvn quiz:generate}, whole process, in a folder without a project.
 * Cold is a build without output folder and build state; no-change is the same build again onto its own output. A run
 * with {@code -Dquiz.skip=true} shows what Maven itself costs before the generator starts.
 */
public final class MavenEndToEnd {
    static final String PLUGIN = "dev.mdquiz:quiz-maven-plugin:0.1.0-SNAPSHOT:generate";
    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    private MavenEndToEnd() {
    }

    public record Result(int banks, Timing skipped, Timing cold, Timing unchanged) {
        public double unchangedShare() {
            return unchanged.medianMillis() / cold.medianMillis();
        }

        public Section section() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("available", true);
            json.put("banks", banks);
            json.put("command", "mvn -o -q -B " + PLUGIN + " -Dquiz.sourceDirectory=... -Dquiz.outputDirectory=... -Dquiz.keyIterations=0");
            json.put("skippedMedianMillis", skipped.medianMillis());
            json.put("coldMedianMillis", cold.medianMillis());
            json.put("coldSamplesMillis", cold.samplesMillis());
            json.put("noChangeMedianMillis", unchanged.medianMillis());
            json.put("noChangeSamplesMillis", unchanged.samplesMillis());
            json.put("noChangeShareOfCold", unchangedShare());
            return new Section("maven", "End to end: mvn quiz:generate on " + Figures.count(banks) + " banks, whole process",
                    List.of("run", "wall time (median)", "share of cold"),
                    List.of(List.of("Maven only (-Dquiz.skip=true)", Figures.millis(skipped.medianMillis()),
                                    Figures.ratio(skipped.medianMillis() / cold.medianMillis())),
                            List.of("cold (no output, no build state)", Figures.millis(cold.medianMillis()), "1.00×"),
                            List.of("no change (second run, same output)", Figures.millis(unchanged.medianMillis()),
                                    Figures.ratio(unchangedShare()))),
                    List.of("mvn -o -q -B " + PLUGIN + " in an empty folder, " + cold.samplesNanos().size()
                            + " runs each; a fresh JVM every run"),
                    json);
        }
    }

    public static Result run(BenchContext context) throws Exception {
        if (!ExternalCommand.onPath("mvn")) {
            throw new Unavailable("mvn is not on the PATH");
        }
        Corpus corpus = context.corpora().get(context.options().e2eBanks());
        Path folder = context.scratch("mvn-e2e");
        Path outputRoot = folder.resolve("out"); // the site and the build state the plugin keeps beside it
        Path output = outputRoot.resolve("site");
        Trees.delete(folder);
        Files.createDirectories(folder);
        ExternalCommand.Result probe = mvn(folder, corpus, output, true);
        if (!probe.succeeded()) {
            throw new Unavailable("the plugin did not run (install the reactor first: mvn -B -q install -DskipTests): "
                    + probe.tail());
        }
        int runs = context.options().mavenRuns();
        Timing skipped = times(runs, () -> mvn(folder, corpus, output, true));
        Timing cold = times(runs, () -> {
            Trees.delete(outputRoot);
            return mvn(folder, corpus, output, false);
        });
        // the last cold run left a complete site: every run below finds nothing to change
        Timing unchanged = times(runs, () -> mvn(folder, corpus, output, false));
        Trees.delete(folder);
        return new Result(corpus.banks(), skipped, cold, unchanged);
    }

    /** The whole-process result of one Maven run; the Maven run must succeed. */
    @FunctionalInterface
    private interface MavenRun {
        ExternalCommand.Result run() throws IOException, InterruptedException;
    }

    private static Timing times(int runs, MavenRun run) throws IOException, InterruptedException {
        List<Long> samples = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            ExternalCommand.Result result = run.run();
            if (!result.succeeded()) {
                throw new IllegalStateException("mvn failed: " + result.tail());
            }
            samples.add(result.wallNanos());
        }
        return new Timing(samples);
    }

    private static ExternalCommand.Result mvn(Path folder, Corpus corpus, Path output, boolean skip)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("mvn", "-o", "-q", "-B", PLUGIN,
                "-Dquiz.sourceDirectory=" + corpus.directory(), "-Dquiz.outputDirectory=" + output,
                "-Dquiz.keyIterations=" + KeyCost.SCALING_ITERATIONS));
        if (skip) {
            command.add("-Dquiz.skip=true");
        }
        return ExternalCommand.run(command, folder, TIMEOUT);
    }
}
