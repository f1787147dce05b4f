package dev.mdquiz.bench.measure;

import dev.mdquiz.generator.BuildResult;
import dev.mdquiz.generator.GeneratorConfig;
import dev.mdquiz.generator.QuizGenerator;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;

/**
 * Child-JVM main: generates a site from {@code source} under the warm harness and reports
 * the timing together with what the JVM saw (processors, common-pool parallelism) and its peak RSS.
 * Arguments: source outputRoot warmups iterations minWarmupMillis; the site goes to {@code outputRoot/site}
 * and every run starts without {@code outputRoot}, so without the build state the generator keeps beside it.
 */
public final class ForkedGeneration {
    private ForkedGeneration() {
    }

    public static void main(String[] args) throws Exception {
        Path source = Path.of(args[0]);
        Path outputRoot = Path.of(args[1]);
        WarmHarness harness = new WarmHarness(Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                Duration.ofMillis(Long.parseLong(args[4])));
        BuildResult[] last = new BuildResult[1];
        GeneratorConfig config = GeneratorConfig.builder(source, outputRoot.resolve("site"))
                .keyIterations(dev.mdquiz.bench.suite.KeyCost.SCALING_ITERATIONS).build();
        Timing timing = harness.measure(() -> Trees.delete(outputRoot), () -> last[0] = new QuizGenerator(config).generate());

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("medianMillis", timing.medianMillis());
        result.put("samplesMillis", timing.samplesMillis());
        result.put("quizzes", last[0].quizzes());
        result.put("questions", last[0].questions());
        result.put("availableProcessors", Runtime.getRuntime().availableProcessors());
        result.put("commonPoolParallelism", ForkJoinPool.getCommonPoolParallelism());
        result.put("maxHeapMiB", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        result.put("peakRssKiB", PeakMemory.peakRssKib());
        ForkedJvm.report(result);
    }
}
