package dev.mdquiz.bench.suite;

import dev.mdquiz.bench.BenchContext;
import dev.mdquiz.bench.corpus.Corpus;
import dev.mdquiz.bench.measure.ExternalCommand;
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
import java.util.Optional;

/**
 * The same warm build in forked JVMs limited to 1 core, 2 cores and (if more) all cores. A core limit is
 * {@code taskset -c 0..k-1} plus {@code -XX:ActiveProcessorCount=k}: the JVM option alone sizes the common
 * pool (k - 1 workers plus the calling thread) but leaves the OS free to run those threads, GC and JIT on
 * every core, and {@code ForkJoinPool.common.parallelism=1} would not limit anything on a 2-core machine,
 * where 1 is already the default. The unlimited case runs without either.
 */
public final class CoreScaling {
    private CoreScaling() {
    }

    public record Run(int cores, String limit, double medianMillis, int processorsSeen, int poolParallelism) {
    }

    public record Result(int banks, List<Run> runs) {
        public Optional<Double> speedUp(int cores) {
            Optional<Run> one = runs.stream().filter(r -> r.cores() == 1).findFirst();
            Optional<Run> more = runs.stream().filter(r -> r.cores() == cores).findFirst();
            return one.flatMap(o -> more.map(m -> o.medianMillis() / m.medianMillis()));
        }

        public Section section() {
            List<List<String>> table = new ArrayList<>();
            List<Map<String, Object>> json = new ArrayList<>();
            for (Run run : runs) {
                String speedUp = speedUp(run.cores()).map(Figures::ratio).orElse("-");
                table.add(List.of(Integer.toString(run.cores()), run.limit(), Integer.toString(run.processorsSeen()),
                        Integer.toString(run.poolParallelism()), Figures.millis(run.medianMillis()), speedUp));
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("cores", run.cores());
                entry.put("limit", run.limit());
                entry.put("availableProcessors", run.processorsSeen());
                entry.put("commonPoolParallelism", run.poolParallelism());
                entry.put("medianMillis", run.medianMillis());
                entry.put("speedUpOverOneCore", speedUp(run.cores()).orElse(1.0));
                json.add(entry);
            }
            return new Section("cores", "Cores: full build of " + Figures.count(banks) + " banks in a forked JVM",
                    List.of("cores", "how limited", "JVM sees", "pool parallelism", "full build", "speed-up"),
                    table,
                    List.of("one core: taskset -c 0 and -XX:ActiveProcessorCount=1 (the JVM option alone would still let "
                            + "the OS spread GC/JIT threads; common.parallelism=1 is this machine's default anyway)"),
                    Map.of("banks", banks, "runs", json));
        }
    }

    public static Result run(BenchContext context) throws Exception {
        Corpus corpus = context.corpora().get(context.options().e2eBanks());
        int machineCores = Runtime.getRuntime().availableProcessors();
        List<Run> runs = new ArrayList<>();
        runs.add(forked(context, corpus, 1, machineCores));
        if (machineCores >= 2) {
            runs.add(forked(context, corpus, 2, machineCores));
        }
        if (machineCores > 2) {
            runs.add(forked(context, corpus, machineCores, machineCores));
        }
        return new Result(corpus.banks(), runs);
    }

    private static Run forked(BenchContext context, Corpus corpus, int cores, int machineCores) throws Exception {
        List<String> prefix = new ArrayList<>();
        List<String> jvmArgs = new ArrayList<>();
        String limit = "none (all " + machineCores + ")";
        if (cores < machineCores) {
            jvmArgs.add("-XX:ActiveProcessorCount=" + cores);
            limit = "-XX:ActiveProcessorCount=" + cores;
            if (ExternalCommand.onPath("taskset")) {
                prefix.addAll(List.of("taskset", "-c", "0-" + (cores - 1)));
                limit = "taskset -c 0-" + (cores - 1) + " + " + limit;
            }
        }
        Path outputRoot = context.scratch("cores-" + cores);
        Path work = context.scratch("");
        Files.createDirectories(work);
        ForkedJvm.Outcome outcome = ForkedJvm.run(prefix, jvmArgs, ForkedGeneration.class,
                List.of(corpus.directory().toString(), outputRoot.toString(), Integer.toString(context.options().warmups()),
                        Integer.toString(context.options().iterations()),
                        Long.toString(context.options().minWarmupMillis())),
                work);
        Trees.delete(outputRoot);
        if (!outcome.succeeded()) {
            throw new IllegalStateException("forked build on " + cores + " core(s) failed: " + outcome.process().tail());
        }
        return new Run(cores, limit, outcome.number("medianMillis"), (int) outcome.number("availableProcessors"),
                (int) outcome.number("commonPoolParallelism"));
    }
}
