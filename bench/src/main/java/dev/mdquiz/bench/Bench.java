package dev.mdquiz.bench;

import dev.mdquiz.bench.BenchOptions.Suite;
import dev.mdquiz.bench.corpus.CorpusGenerator;
import dev.mdquiz.bench.measure.CpuActivity;
import dev.mdquiz.bench.measure.LoadAverage;
import dev.mdquiz.bench.measure.WarmHarness;
import dev.mdquiz.bench.report.Machine;
import dev.mdquiz.bench.report.Report;
import dev.mdquiz.bench.report.Section;
import dev.mdquiz.bench.suite.CoreScaling;
import dev.mdquiz.bench.suite.HugoBuild;
import dev.mdquiz.bench.suite.InProcessScaling;
import dev.mdquiz.bench.suite.KeyCost;
import dev.mdquiz.bench.suite.MathCost;
import dev.mdquiz.bench.suite.MavenEndToEnd;
import dev.mdquiz.bench.suite.MemoryCeiling;
import dev.mdquiz.bench.suite.PageWeight;
import dev.mdquiz.bench.suite.ServeLatency;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Runs the chosen suites in a fixed order and collects their sections and the goals into a report. Before each
 * step it samples how busy the CPUs are while the benchmark is idle, i.e. the load of other processes; with
 * {@code quietWaitSeconds} it first waits up to that long for the machine to calm down. The report shows the
 * samples and warns when figures were taken on a busy machine.
 */
public final class Bench {
    /** Busy share of the idle machine above which figures are flagged as unreliable. */
    public static final double QUIET = Report.BUSY_WARNING;
    private static final Duration SAMPLE = Duration.ofSeconds(1);

    private final BenchOptions options;
    private final PrintStream progress;
    private final Map<String, Double> backgroundBusy = new LinkedHashMap<>();
    private final Map<String, Double> loadAfter = new LinkedHashMap<>();

    public Bench(BenchOptions options, PrintStream progress) {
        this.options = options;
        this.progress = progress;
    }

    /** A measurement that may find its tool missing. */
    @FunctionalInterface
    private interface Measurement<R> {
        R run() throws Exception;
    }

    public Report run() throws Exception {
        Instant started = Instant.now();
        Machine machine = Machine.current();
        BenchContext context = new BenchContext(options,
                new Corpora(new CorpusGenerator(options.seed(), options.questionsPerBank()), options.work().resolve("corpora")),
                new WarmHarness(options.warmups(), options.iterations(), Duration.ofMillis(options.minWarmupMillis())));
        List<Section> sections = new ArrayList<>();

        InProcessScaling.Result inProcess = null;
        if (options.runs(Suite.IN_PROCESS)) {
            inProcess = step("in-process scaling", () -> InProcessScaling.run(context));
            sections.add(inProcess.section());
        }
        if (options.runs(Suite.KEY_COST)) {
            sections.add(step("key cost", () -> KeyCost.run(context)));
        }
        CoreScaling.Result cores = null;
        if (options.runs(Suite.CORES)) {
            cores = step("cores", () -> CoreScaling.run(context));
            sections.add(cores.section());
        }
        List<MavenEndToEnd.Result> maven = new ArrayList<>();
        List<HugoBuild.Result> hugo = new ArrayList<>();
        for (int banks : options.e2eSizes()) {
            MavenEndToEnd.Result mvn = options.runs(Suite.MAVEN) ? optional(sections, "maven-" + banks,
                    "End to end: mvn quiz:generate, " + banks + " banks", () -> MavenEndToEnd.run(context, banks)) : null;
            if (mvn != null) {
                maven.add(mvn);
                sections.add(mvn.section());
            }
            HugoBuild.Result hugoBuild = options.runs(Suite.HUGO) ? optional(sections, "hugo-" + banks,
                    "Against Hugo, " + banks + " banks", () -> HugoBuild.run(context, banks)) : null;
            if (hugoBuild != null) {
                hugo.add(hugoBuild);
                Double generator = inProcess == null ? null
                        : inProcess.at(banks).map(r -> r.full().medianMillis()).orElse(null);
                sections.add(hugoBuild.section(generator, mvn == null ? null : mvn.cold().medianMillis()));
            }
        }
        if (options.runs(Suite.MEMORY)) {
            sections.add(step("memory", () -> MemoryCeiling.run(context)).section());
        }
        PageWeight.Result page = options.runs(Suite.PAGE)
                ? optional(sections, "page", "Pages: mdquiz against quizdown", () -> PageWeight.run(context)) : null;
        if (page != null) {
            sections.add(page.section());
        }

        ServeLatency.Result serve = options.runs(Suite.SERVE)
                ? optional(sections, "serve", "Preview (quiz:serve): save → page", () -> ServeLatency.run(context)) : null;
        if (serve != null) {
            sections.add(serve.section());
        }

        if (options.runs(Suite.MATH)) {
            sections.add(step("math", () -> MathCost.run(context)));
        }

        Goals.Measured measured = new Goals.Measured(inProcess, cores, maven, hugo, page, serve, options.e2eBanks());
        return new Report(started, machine, options.settings(), new Report.Load(backgroundBusy, loadAfter), sections, Goals.judge(measured));
    }

    private <R> R step(String name, Measurement<R> measurement) throws Exception {
        backgroundBusy.put(name, otherLoad(name));
        long start = System.nanoTime();
        progress.println("[bench] " + name + " ...");
        R result = measurement.run();
        loadAfter.put(name, LoadAverage.oneMinute());
        progress.printf("[bench] %s done in %.0f s%n", name, (System.nanoTime() - start) / 1e9);
        return result;
    }

    /** The busy share of the CPUs while this process idles, after waiting for quiet if asked to; -1 if unknown. */
    private double otherLoad(String step) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(options.quietWaitSeconds()).toNanos();
        OptionalDouble busy = CpuActivity.busyShare(SAMPLE);
        while (busy.isPresent() && busy.getAsDouble() > QUIET && System.nanoTime() < deadline) {
            progress.printf("[bench] waiting for other processes before %s: CPUs %.0f %% busy%n", step,
                    100 * busy.getAsDouble());
            busy = CpuActivity.busyShare(Duration.ofSeconds(5));
        }
        return busy.orElse(-1);
    }

    /** Runs a comparison whose tool may be missing: then its section says why and the result is null. */
    private <R> R optional(List<Section> sections, String key, String title, Measurement<R> measurement) throws Exception {
        try {
            return step(key, measurement);
        } catch (Unavailable e) {
            progress.println("[bench] " + key + " skipped: " + e.getMessage());
            sections.add(Section.unavailable(key, title, "not measured: " + e.getMessage()));
            return null;
        }
    }
}
