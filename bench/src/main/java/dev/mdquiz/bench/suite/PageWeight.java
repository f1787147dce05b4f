package dev.mdquiz.bench.suite;

import dev.mdquiz.bench.BenchContext;
import dev.mdquiz.bench.Unavailable;
import dev.mdquiz.bench.corpus.SyntheticQuestion;
import dev.mdquiz.bench.measure.Timing;
import dev.mdquiz.bench.measure.Trees;
import dev.mdquiz.bench.page.ComparisonPages;
import dev.mdquiz.bench.page.CountingHttpServer;
import dev.mdquiz.bench.page.QuizdownPackage;
import dev.mdquiz.bench.page.ThrottledChromium;
import dev.mdquiz.bench.report.Figures;
import dev.mdquiz.bench.report.Section;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What learners get: the same quiz as an mdquiz page and as a quizdown page, served over local HTTP to
 * headless Chromium with 4× CPU throttling. Per page: bytes and requests of one load, and the median time
 * until the first answer control is clickable over several loads, taken in turns after one warm-up load each.
 */
public final class PageWeight {
    static final int CPU_SLOWDOWN = 4;

    private PageWeight() {
    }

    public record Page(String name, List<CountingHttpServer.Response> responses, Timing answerable, Timing loadEvent) {
        public int requests() {
            return responses.size();
        }

        public long bytes() {
            return responses.stream().mapToLong(CountingHttpServer.Response::bytes).sum();
        }

        public long gzipBytes() {
            return responses.stream().mapToLong(CountingHttpServer.Response::gzipBytes).sum();
        }

        Map<String, Object> json() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("responses", responses.stream().map(r -> Map.of("path", r.path(), "status", r.status(),
                    "bytes", r.bytes(), "gzipBytes", r.gzipBytes())).toList());
            json.put("requests", requests());
            json.put("bytes", bytes());
            json.put("gzipBytes", gzipBytes());
            json.put("answerableMedianMillis", answerable.medianMillis());
            json.put("answerableSamplesMillis", answerable.samplesMillis());
            json.put("loadEventMedianMillis", loadEvent.medianMillis());
            return json;
        }

        List<String> row() {
            return List.of(name, Integer.toString(requests()), Figures.bytes(bytes()), Figures.bytes(gzipBytes()),
                    Figures.millis(answerable.medianMillis()), Figures.millis(loadEvent.medianMillis()));
        }
    }

    /** @param quizdown null when quizdown could not be installed; {@code missing} says why */
    public record Result(int questions, Page mdquiz, Page quizdown, String missing) {
        public double bytesRatio() {
            return (double) mdquiz.bytes() / quizdown.bytes();
        }

        public double gzipRatio() {
            return (double) mdquiz.gzipBytes() / quizdown.gzipBytes();
        }

        public double answerableRatio() {
            return mdquiz.answerable().medianMillis() / quizdown.answerable().medianMillis();
        }

        public Section section() {
            List<List<String>> rows = new ArrayList<>();
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("questions", questions);
            json.put("cpuThrottlingRate", CPU_SLOWDOWN);
            rows.add(mdquiz.row());
            json.put("mdquiz", mdquiz.json());
            List<String> notes = new ArrayList<>();
            if (quizdown != null) {
                rows.add(quizdown.row());
                rows.add(List.of("mdquiz ÷ quizdown", Figures.ratio((double) mdquiz.requests() / quizdown.requests()),
                        Figures.ratio(bytesRatio()), Figures.ratio(gzipRatio()), Figures.ratio(answerableRatio()),
                        Figures.ratio(mdquiz.loadEvent().medianMillis() / quizdown.loadEvent().medianMillis())));
                json.put("quizdown", quizdown.json());
                json.put("bytesRatio", bytesRatio());
                json.put("gzipBytesRatio", gzipRatio());
                json.put("answerableRatio", answerableRatio());
            } else {
                notes.add("quizdown not measured: " + missing);
                json.put("quizdownMissing", missing);
            }
            notes.add("same " + questions + "-question quiz (single choice, multiple select, ordering, code, hints, option "
                    + "feedback); bytes = response bodies as served, gzip = the same compressed at level 6");
            notes.add("answerable = first answer control (or its label) exists, is enabled and has a visible box; "
                    + "ms after navigation start, median of the measured loads; Chromium " + CPU_SLOWDOWN
                    + "× CPU throttling, cache disabled, 412×915 window");
            return new Section("page", "Pages: mdquiz against " + QuizdownPackage.SPEC + " (headless Chromium, "
                    + CPU_SLOWDOWN + "× CPU throttling)",
                    List.of("page", "requests", "bytes", "gzipped", "answerable (median)", "load event"), rows, notes, json);
        }
    }

    public static Result run(BenchContext context) throws Exception {
        if (!ThrottledChromium.installed()) {
            throw new Unavailable("Chromium is missing: needs " + ThrottledChromium.CHROMIUM + " and "
                    + ThrottledChromium.CHROMEDRIVER + " (Debian: apt-get install -y chromium chromium-driver)");
        }
        Path scratch = context.scratch("pages");
        Path root = scratch.resolve("www");
        Trees.delete(root);
        Files.createDirectories(root);
        List<SyntheticQuestion> quiz = context.corpora().generator().portableQuiz(context.options().pageQuestions());
        ComparisonPages.writeMdquiz(root, scratch, quiz);
        String missing = null;
        try {
            ComparisonPages.writeQuizdown(root, QuizdownPackage.bundle(context.scratch("quizdown-npm")), quiz);
        } catch (Unavailable e) {
            missing = e.getMessage();
        }
        List<String> pages = new ArrayList<>(List.of(ComparisonPages.MDQUIZ_PAGE));
        if (missing == null) {
            pages.add(ComparisonPages.QUIZDOWN_PAGE);
        }
        Map<String, Page> measured = measure(root, pages, context.options().pageLoads());
        return new Result(quiz.size(), measured.get(ComparisonPages.MDQUIZ_PAGE),
                measured.get(ComparisonPages.QUIZDOWN_PAGE), missing);
    }

    private static Map<String, Page> measure(Path root, List<String> pages, int loads) throws Exception {
        Map<String, List<Long>> answerable = new LinkedHashMap<>();
        Map<String, List<Long>> loadEvent = new LinkedHashMap<>();
        Map<String, List<CountingHttpServer.Response>> served = new LinkedHashMap<>();
        try (CountingHttpServer server = new CountingHttpServer(root);
             ThrottledChromium browser = ThrottledChromium.start(CPU_SLOWDOWN)) {
            for (int round = 0; round <= loads; round++) {
                for (String page : pages) {
                    server.drain();
                    ThrottledChromium.Load load = browser.load(server.url(page));
                    Thread.sleep(300); // late requests (an icon, a lazy chunk) still belong to this load
                    served.put(page, server.drain());
                    if (round > 0) { // round 0 warms up the browser and the server
                        answerable.computeIfAbsent(page, p -> new ArrayList<>()).add(nanos(load.answerableMillis()));
                        loadEvent.computeIfAbsent(page, p -> new ArrayList<>()).add(nanos(load.loadEventMillis()));
                    }
                }
            }
        }
        Map<String, Page> result = new LinkedHashMap<>();
        for (String page : pages) {
            result.put(page, new Page(page.substring(0, page.indexOf('/')), served.get(page), new Timing(answerable.get(page)), new Timing(loadEvent.get(page))));
        }
        return result;
    }

    private static long nanos(double millis) {
        return Math.round(millis * 1e6);
    }
}
