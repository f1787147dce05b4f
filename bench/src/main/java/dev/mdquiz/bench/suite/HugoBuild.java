package dev.mdquiz.bench.suite;

import dev.mdquiz.bench.Unavailable;
import dev.mdquiz.bench.BenchContext;
import dev.mdquiz.bench.corpus.Corpus;
import dev.mdquiz.bench.corpus.HugoSite;
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
import java.util.stream.Stream;

/** What authors would pick instead: Hugo building the same banks as a minimal site, whole process, cold output. */
public final class HugoBuild {
    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    private HugoBuild() {
    }

    public record Result(int banks, String version, Timing build, long pages) {
        /** @param generatorMillis the in-process build of the same corpus, or null when not measured */
        public Section section(Double generatorMillis, Double mavenColdMillis) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("available", true);
            json.put("version", version);
            json.put("banks", banks);
            json.put("htmlFiles", pages);
            json.put("medianMillis", build.medianMillis());
            json.put("samplesMillis", build.samplesMillis());
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("hugo (whole process)", Figures.millis(build.medianMillis()), "1.00×"));
            if (generatorMillis != null) {
                json.put("generatorInProcessMillis", generatorMillis);
                json.put("generatorOverHugo", generatorMillis / build.medianMillis());
                rows.add(List.of("generator in process (warm)", Figures.millis(generatorMillis),
                        Figures.ratio(generatorMillis / build.medianMillis())));
            }
            if (mavenColdMillis != null) {
                json.put("mavenColdOverHugo", mavenColdMillis / build.medianMillis());
                rows.add(List.of("mvn quiz:generate cold (whole process)", Figures.millis(mavenColdMillis),
                        Figures.ratio(mavenColdMillis / build.medianMillis())));
            }
            return new Section("hugo-" + banks, "Against Hugo: the same " + Figures.count(banks) + " banks as a minimal Hugo site",
                    List.of("build", "wall time (median)", "÷ hugo"), rows,
                    List.of(version + "; hugo --quiet into an emptied public/, " + build.samplesNanos().size()
                            + " runs after one warm-up; " + pages + " HTML files"),
                    json);
        }
    }

    public static Result run(BenchContext context, int banks) throws Exception {
        if (!ExternalCommand.onPath("hugo")) {
            throw new Unavailable("hugo is missing: install it (Debian: apt-get install -y hugo) to compare against it");
        }
        Path site = context.scratch("hugo-site-" + banks);
        Trees.delete(site);
        Corpus corpus = context.corpora().get(banks);
        HugoSite.write(corpus, site);
        String version = ExternalCommand.run(List.of("hugo", "version"), site, TIMEOUT).stdout().strip();
        Path output = site.resolve("public");
        List<Long> samples = new ArrayList<>();
        for (int i = 0; i <= context.options().hugoRuns(); i++) {
            Trees.delete(output);
            ExternalCommand.Result result = ExternalCommand.run(
                    List.of("hugo", "--quiet", "--source", site.toString(), "--destination", output.toString()),
                    site, TIMEOUT);
            if (!result.succeeded()) {
                throw new IllegalStateException("hugo failed: " + result.tail());
            }
            if (i > 0) { // the first run warms the file cache and is not counted
                samples.add(result.wallNanos());
            }
        }
        long pages = htmlFiles(output);
        if (pages < corpus.banks()) {
            throw new IllegalStateException("hugo wrote " + pages + " HTML files for " + corpus.banks() + " banks");
        }
        Trees.delete(site);
        return new Result(corpus.banks(), version, new Timing(samples), pages);
    }

    private static long htmlFiles(Path output) throws IOException {
        try (Stream<Path> files = Files.walk(output)) {
            return files.filter(f -> f.toString().endsWith(".html")).count();
        }
    }
}
