package dev.mdquiz.bench.suite;

import dev.mdquiz.bench.BenchContext;
import dev.mdquiz.bench.Unavailable;
import dev.mdquiz.bench.corpus.Corpus;
import dev.mdquiz.bench.measure.ExternalCommand;
import dev.mdquiz.bench.measure.Timing;
import dev.mdquiz.bench.measure.Trees;
import dev.mdquiz.bench.report.Figures;
import dev.mdquiz.bench.report.Section;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What an author waits for: the real {@code mvn quiz:generate}, whole process, in a folder without a project.
 * Cold is a build without output folder and build state, with no {@code MAVEN_OPTS} (the JVM's default heap, as an
 * author's machine has it), measured for its peak resident memory too (of Maven's JVM and the generator's own JVM,
 * which it starts, together); no-change is the same build again onto its
 * own output, then the same from a second working folder (which must find the first one's state and write nothing).
 * A run with {@code -Dquiz.skip=true} shows what Maven itself costs before the generator starts.
 */
public final class MavenEndToEnd {
    static final String PLUGIN = "dev.mdquiz:quiz-maven-plugin:0.1.0-SNAPSHOT:generate";
    private static final Duration TIMEOUT = Duration.ofMinutes(10);
    /** The memory figure is the JVM's own choice of heap: nothing in the environment may set it. */
    private static final List<String> JVM_SETTINGS = List.of("MAVEN_OPTS", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS");

    private MavenEndToEnd() {
    }

    /**
     * @param peakRssKiB         the highest peak resident memory of the cold runs, -1 when not measured
     * @param elsewhere          no-change rebuilds started from another working folder
     * @param elsewhereUntouched whether those left every output file as the cold build wrote it
     */
    public record Result(int banks, Timing skipped, Timing cold, Timing unchanged, long peakRssKiB, Timing elsewhere,
                         boolean elsewhereUntouched) {
        public double unchangedShare() {
            return unchanged.medianMillis() / cold.medianMillis();
        }

        /** How much longer than Maven alone (the skipped run) a no-change rebuild takes. */
        public double unchangedOverMavenMillis() {
            return unchanged.medianMillis() - skipped.medianMillis();
        }

        public double elsewhereOverMavenMillis() {
            return elsewhere.medianMillis() - skipped.medianMillis();
        }

        public Section section() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("available", true);
            json.put("banks", banks);
            json.put("command", "mvn -o -q -B " + PLUGIN + " -Dquiz.sourceDirectory=... -Dquiz.outputDirectory=... -Dquiz.keyIterations=0");
            json.put("skippedMedianMillis", skipped.medianMillis());
            json.put("coldMedianMillis", cold.medianMillis());
            json.put("coldSamplesMillis", cold.samplesMillis());
            json.put("coldPeakRssKiB", peakRssKiB);
            json.put("noChangeMedianMillis", unchanged.medianMillis());
            json.put("noChangeSamplesMillis", unchanged.samplesMillis());
            json.put("noChangeShareOfCold", unchangedShare());
            json.put("noChangeElsewhereMedianMillis", elsewhere.medianMillis());
            json.put("noChangeElsewhereSamplesMillis", elsewhere.samplesMillis());
            json.put("noChangeElsewhereWroteNothing", elsewhereUntouched);
            String rss = peakRssKiB < 0 ? "not measured (no GNU time)" : String.format(java.util.Locale.ROOT, "%,d MB peak RSS, all processes", peakRssKiB * 1024 / 1_000_000);
            return new Section("maven-" + banks, "End to end: mvn quiz:generate on " + Figures.count(banks) + " banks, whole process",
                    List.of("run", "wall time (median)", "share of cold"),
                    List.of(List.of("Maven only (-Dquiz.skip=true)", Figures.millis(skipped.medianMillis()),
                                    Figures.ratio(skipped.medianMillis() / cold.medianMillis())),
                            List.of("cold (no output, no build state; " + rss + ")", Figures.millis(cold.medianMillis()), "1.00×"),
                            List.of("no change (second run, same output)", Figures.millis(unchanged.medianMillis()),
                                    Figures.ratio(unchangedShare())),
                            List.of("no change, from another working folder" + (elsewhereUntouched ? "" : " (REWROTE FILES)"),
                                    Figures.millis(elsewhere.medianMillis()),
                                    Figures.ratio(elsewhere.medianMillis() / cold.medianMillis()))),
                    List.of("mvn -o -q -B " + PLUGIN + " in an empty folder, " + cold.samplesNanos().size()
                            + " runs each; a fresh JVM every run; MAVEN_OPTS, JAVA_TOOL_OPTIONS and JDK_JAVA_OPTIONS unset"),
                    json);
        }
    }

    public static Result run(BenchContext context, int banks) throws Exception {
        if (!ExternalCommand.onPath("mvn")) {
            throw new Unavailable("mvn is not on the PATH");
        }
        Corpus corpus = context.corpora().get(banks);
        Path folder = context.scratch("mvn-e2e-" + banks);
        Path here = folder.resolve("here");
        Path elsewhere = folder.resolve("elsewhere");
        Path output = folder.resolve("site");
        Trees.delete(folder);
        Files.createDirectories(here);
        Files.createDirectories(elsewhere);
        Path repository = context.options().mavenRepository();
        ExternalCommand.Result probe = mvn(here, corpus, output, repository, true).result();
        if (!probe.succeeded()) {
            throw new Unavailable("the plugin did not run (install the reactor first: mvn -B -q install -DskipTests,"
                    + " or into a repository of its own with -Dmaven.repo.local and the bench's mavenRepository=): "
                    + probe.tail());
        }
        int runs = context.options().mavenRuns();
        Timing skipped = times(runs, () -> mvn(here, corpus, output, repository, true));
        long[] peak = {-1};
        Timing cold = times(runs, () -> {
            Trees.delete(output);
            Trees.delete(here.resolve("target")); // the build state: without a project, target/ where Maven runs
            Trees.delete(folder.resolve("target")); // or beside the sources when Maven runs outside them
            Trees.delete(corpus.directory().resolveSibling("target"));
            ExternalCommand.Measured measured = mvn(here, corpus, output, repository, false);
            peak[0] = Math.max(peak[0], measured.peakRssKiB());
            return measured;
        });
        // the last cold run left a complete site: every run below finds nothing to change
        Map<Path, FileTime> written = stamps(output);
        Timing unchanged = times(runs, () -> mvn(here, corpus, output, repository, false));
        Timing fromElsewhere = times(runs, () -> mvn(elsewhere, corpus, output, repository, false));
        boolean untouched = written.equals(stamps(output));
        Trees.delete(folder);
        Trees.delete(corpus.directory().resolveSibling("target"));
        return new Result(corpus.banks(), skipped, cold, unchanged, peak[0], fromElsewhere, untouched);
    }

    private static Map<Path, FileTime> stamps(Path folder) throws IOException {
        Map<Path, FileTime> stamps = new HashMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                stamps.put(file, Files.getLastModifiedTime(file));
            }
        }
        return stamps;
    }

    /** The whole-process result of one Maven run; the Maven run must succeed. */
    @FunctionalInterface
    private interface MavenRun {
        ExternalCommand.Measured run() throws IOException, InterruptedException;
    }

    private static Timing times(int runs, MavenRun run) throws IOException, InterruptedException {
        List<Long> samples = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            ExternalCommand.Result result = run.run().result();
            if (!result.succeeded()) {
                throw new IllegalStateException("mvn failed: " + result.tail());
            }
            samples.add(result.wallNanos());
        }
        return new Timing(samples);
    }

    private static ExternalCommand.Measured mvn(Path folder, Corpus corpus, Path output, Path repository, boolean skip)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("mvn", "-o", "-q", "-B", PLUGIN,
                "-Dquiz.sourceDirectory=" + corpus.directory(), "-Dquiz.outputDirectory=" + output,
                "-Dquiz.keyIterations=" + KeyCost.SCALING_ITERATIONS));
        if (repository != null) {
            command.add("-Dmaven.repo.local=" + repository.toAbsolutePath());
        }
        if (skip) {
            command.add("-Dquiz.skip=true");
        }
        return ExternalCommand.runMeasuringMemory(command, folder, TIMEOUT, JVM_SETTINGS);
    }
}
