package dev.mdquiz.bench.suite;

import dev.mdquiz.bench.BenchContext;
import dev.mdquiz.bench.Unavailable;
import dev.mdquiz.bench.corpus.Corpus;
import dev.mdquiz.bench.measure.Trees;
import dev.mdquiz.bench.page.ThrottledChromium;
import dev.mdquiz.bench.report.Figures;
import dev.mdquiz.bench.report.Section;
import dev.mdquiz.generator.BuildResult;
import dev.mdquiz.generator.GeneratorConfig;
import dev.mdquiz.generator.PreviewServer;
import dev.mdquiz.generator.QuizBuildException;
import dev.mdquiz.generator.QuizGenerator;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The author's loop: with {@code quiz:serve}'s preview running over a course and a bank's page open in headless
 * Chromium, the time from saving an edit of that bank to the page showing the new text, over several edits of
 * different banks; beside it, a full build of the same course, which is what a preview that rebuilds everything
 * at each save (MkDocs, mdBook) pays before it can reload anything.
 */
public final class ServeLatency {
    /** Edits run first and not counted: the JIT and the caches warm up. */
    private static final int WARMUP_EDITS = 5;
    private static final int FULL_BUILDS = 3;
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** Milliseconds, in edit order. */
    public record Samples(List<Double> millis) {
        public double median() {
            return percentile(50);
        }

        /** Nearest rank: the smallest sample at least {@code p} % of the samples do not exceed. */
        public double percentile(double p) {
            List<Double> sorted = new ArrayList<>(millis);
            Collections.sort(sorted);
            int rank = (int) Math.ceil(p / 100 * sorted.size());
            return sorted.get(Math.max(0, rank - 1));
        }

        public double max() {
            return Collections.max(millis);
        }
    }

    /**
     * @param shown    save to the page's first contentful paint of the new text (its DOMContentLoaded where the
     *                 browser reports no paint)
     * @param observed save to the driver seeing the new text (polled every 20 ms once the build is done: late by
     *                 construction)
     * @param rebuild  the preview's rebuilds, as it reports them
     * @param fullMillis median of full cold builds of the same course
     */
    public record Result(int banks, Samples shown, Samples observed, Samples rebuild, double fullMillis,
                         long quietMillis) {
        public Section section() {
            List<List<String>> rows = new ArrayList<>();
            rows.add(row("save → open page shows the new text", shown));
            rows.add(row("of which: the preview's rebuild", rebuild));
            rows.add(row("save → the driver sees the new text", observed));
            rows.add(List.of("full build of the same course (what a rebuild-everything preview pays per save)",
                    Figures.millis(fullMillis), "", "", Figures.ratio(fullMillis / shown.median()) + " the median save → page"));
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("banks", banks);
            json.put("edits", shown.millis().size());
            json.put("quietPeriodMillis", quietMillis);
            json.put("shownMillis", shown.millis());
            json.put("shownMedianMillis", shown.median());
            json.put("shownP95Millis", shown.percentile(95));
            json.put("observedMillis", observed.millis());
            json.put("rebuildMillis", rebuild.millis());
            json.put("rebuildMedianMillis", rebuild.median());
            json.put("fullBuildMedianMillis", fullMillis);
            return new Section("serve", "Preview (quiz:serve): save → page, " + Figures.count(banks) + " banks, "
                    + shown.millis().size() + " edits", List.of("measured", "median", "p95", "max", ""), rows,
                    List.of("each edit changes the first question of a different bank whose page is open and listening;"
                                    + " times run from the moment the file is written",
                            "the page's time is its first contentful paint after the reload, on the same clock;"
                                    + " the preview waits " + quietMillis + " ms for changes to settle before building",
                            "full build: cold (no output, no cache), median of " + FULL_BUILDS + " after one warm-up;"
                                    + " key cost as the other suites (plain SHA-256)"),
                    json);
        }

        private static List<String> row(String name, Samples samples) {
            return List.of(name, Figures.millis(samples.median()), Figures.millis(samples.percentile(95)),
                    Figures.millis(samples.max()), "");
        }
    }

    private ServeLatency() {
    }

    public static Result run(BenchContext context) throws Exception {
        if (!ThrottledChromium.installed()) {
            throw new Unavailable("Chromium is missing: needs " + ThrottledChromium.CHROMIUM + " and "
                    + ThrottledChromium.CHROMEDRIVER + " (Debian: apt-get install -y chromium chromium-driver)");
        }
        int banks = context.options().e2eBanks();
        int edits = context.options().serveEdits();
        Corpus corpus = context.corpora().get(banks);
        Path scratch = context.scratch("serve");
        Trees.delete(scratch);
        Path source = scratch.resolve("src"); // a copy: the edits must not reach the corpus other suites read
        copy(corpus.directory(), source);

        double fullMillis = fullBuild(source, scratch);

        GeneratorConfig config = GeneratorConfig.builder(source, scratch.resolve("quiz-preview"))
                .buildDirectory(scratch)
                .cacheDirectory(scratch.resolve("quiz-preview-cache"))
                .keyIterations(KeyCost.SCALING_ITERATIONS)
                .build();
        BlockingQueue<Double> rebuilds = new LinkedBlockingQueue<>();
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        PreviewServer.Listener listener = new PreviewServer.Listener() {
            @Override
            public void built(BuildResult result, List<String> changed, Duration took) {
                rebuilds.add(took.toNanos() / 1e6);
            }

            @Override
            public void failed(QuizBuildException failure, Duration took) {
                problems.add(failure.getMessage());
            }

            @Override
            public void trouble(String message) {
                problems.add(message);
            }
        };
        List<Double> shown = new ArrayList<>();
        List<Double> observed = new ArrayList<>();
        List<Double> rebuild = new ArrayList<>();
        try (PreviewServer preview = PreviewServer.builder(config).port(0).listener(listener).start();
             Driver browser = Driver.start()) {
            rebuilds.clear();
            for (int edit = 0; edit < WARMUP_EDITS + edits; edit++) {
                int bank = (edit * 379 + 17) % banks;
                Path file = source.resolve(String.format(Locale.ROOT, "unit-%03d/bank-%05d.md", bank / 50 + 1, bank + 1));
                String page = source.relativize(file).toString().replace('\\', '/').replace(".md", ".html");
                browser.openListening(preview.url().resolve(page).toString());
                Thread.sleep(300); // let the page settle: nothing else runs when the edit is saved
                rebuilds.clear();
                String token = "Edited" + edit + "x" + System.nanoTime();
                String text = Files.readString(file).replaceFirst("\\*\\*1\\.\\*\\*", "**1.** " + token);
                Instant saved = Instant.now();
                Files.writeString(file, text, StandardCharsets.UTF_8);
                // no polling of the page while the preview builds: it would take CPU from the build
                Double built = rebuilds.poll(30, TimeUnit.SECONDS);
                double seenMillis = browser.awaitText(token, saved);
                double shownMillis = browser.shownAfter(saved);
                if (!problems.isEmpty()) {
                    throw new IllegalStateException("the preview reported problems: " + problems);
                }
                if (edit >= WARMUP_EDITS) {
                    shown.add(shownMillis);
                    observed.add(seenMillis);
                    rebuild.add(built == null ? Double.NaN : built);
                }
            }
        }
        Trees.delete(scratch);
        return new Result(banks, new Samples(shown), new Samples(observed), new Samples(rebuild), fullMillis,
                PreviewServer.DEFAULT_QUIET_PERIOD.toMillis());
    }

    /** A full cold build of the course, as a rebuild-everything preview runs at each save. */
    private static double fullBuild(Path source, Path scratch) throws Exception {
        GeneratorConfig config = GeneratorConfig.builder(source, scratch.resolve("full/site"))
                .cacheDirectory(scratch.resolve("full/cache"))
                .answerKeyDirectory(scratch.resolve("full/keys"))
                .keyIterations(KeyCost.SCALING_ITERATIONS).build();
        List<Double> times = new ArrayList<>();
        for (int run = 0; run <= FULL_BUILDS; run++) {
            Trees.delete(scratch.resolve("full"));
            long start = System.nanoTime();
            new QuizGenerator(config).generate();
            if (run > 0) {
                times.add((System.nanoTime() - start) / 1e6);
            }
        }
        Trees.delete(scratch.resolve("full"));
        return new Samples(times).median();
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, to.resolve(from.relativize(file).toString()));
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Headless Chromium as the other suites start it, without throttling: an author's own browser. */
    private static final class Driver implements AutoCloseable {
        private final ChromeDriver driver;
        private final Path profile;

        private Driver(ChromeDriver driver, Path profile) {
            this.driver = driver;
            this.profile = profile;
        }

        static Driver start() throws IOException {
            Path profile = Files.createTempDirectory("mdquiz-bench-serve");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(ThrottledChromium.CHROMIUM.toString());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                    "--window-size=1280,900", "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(ThrottledChromium.CHROMEDRIVER.toString())).usingAnyFreePort().build();
            try {
                return new Driver(new ChromeDriver(service, options), profile);
            } catch (RuntimeException e) {
                Trees.delete(profile);
                throw e;
            }
        }

        private Object script(String script, Object... args) {
            return ((JavascriptExecutor) driver).executeScript(script, args);
        }

        private WebDriverWait await() {
            WebDriverWait wait = new WebDriverWait(driver, TIMEOUT);
            wait.pollingEvery(Duration.ofMillis(20)); // gently: the figure comes from the page's own clock
            return wait;
        }

        /** Opens the page and waits until it listens for builds. */
        void openListening(String url) {
            driver.get(url);
            await().withMessage("the preview page never listened for builds: " + url)
                    .until(d -> "listening".equals(script("return window.mdquizPreview;")));
        }

        /** Waits until the page holds {@code token}; returns the milliseconds since {@code saved}. */
        double awaitText(String token, Instant saved) {
            await().withMessage("the page never showed the edit " + token).until(d -> Boolean.TRUE.equals(script(
                    "return !!document.body && document.body.textContent.indexOf(arguments[0]) >= 0;", token)));
            return Duration.between(saved, Instant.now()).toNanos() / 1e6;
        }

        /** When the open page first painted content (else its DOMContentLoaded), in ms after {@code saved}. */
        double shownAfter(Instant saved) {
            @SuppressWarnings("unchecked")
            Map<String, Number> times = (Map<String, Number>) script("""
                    var nav = performance.getEntriesByType('navigation')[0];
                    var paint = performance.getEntriesByName('first-contentful-paint')[0];
                    return {origin: performance.timeOrigin, dcl: nav ? nav.domContentLoadedEventEnd : 0,
                            fcp: paint ? paint.startTime : -1};""");
            double at = times.get("fcp").doubleValue() >= 0 ? times.get("fcp").doubleValue() : times.get("dcl").doubleValue();
            double epochMillis = times.get("origin").doubleValue() + at;
            double savedMillis = saved.getEpochSecond() * 1e3 + saved.getNano() / 1e6;
            return epochMillis - savedMillis;
        }

        @Override
        public void close() {
            try {
                driver.quit();
            } finally {
                Trees.delete(profile);
            }
        }
    }
}
