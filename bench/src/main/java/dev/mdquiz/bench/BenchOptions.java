package dev.mdquiz.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Settings of a run, from {@code key=value} arguments; the defaults are the full run of issue 5.
 *
 * @param sizes        banks per corpus for the in-process scaling rows
 * @param e2eBanks     the corpus for cores, Maven, Hugo and the key-cost rows
 * @param memorySizes  corpora tried under {@code -Xmx256m}, smallest first
 * @param rssBanks     the corpus whose peak RSS is reported
 * @param quietWaitSeconds how long to wait before each step for other processes to leave the CPUs idle
 * @param serveEdits   edits measured by the preview suite, each of another bank of the {@code e2eBanks} corpus
 * @param e2eSizes     the corpora built by the real {@code mvn quiz:generate} and by Hugo, each against the other
 * @param mavenRepository the local repository the Maven rows resolve the plugin from ({@code -Dmaven.repo.local}),
 *                     null for Maven's own: lets a build installed into a private repository be measured
 */
public record BenchOptions(Path work, Path jsonFile, long seed, int questionsPerBank, List<Integer> sizes, int warmups,
                           int iterations, long minWarmupMillis, Set<Suite> suites, int e2eBanks, int mavenRuns,
                           int hugoRuns, List<Integer> memorySizes, int rssBanks, int pageQuestions, int pageLoads,
                           int quietWaitSeconds, int serveEdits, List<Integer> e2eSizes, Path mavenRepository) {

    /** The parts of the benchmark; {@code suites=in-process,hugo} runs only those. */
    public enum Suite {
        IN_PROCESS, KEY_COST, CORES, MAVEN, HUGO, MEMORY, PAGE, SERVE, MATH;

        String option() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public static BenchOptions defaults() {
        return new BenchOptions(Path.of("target/bench-work"), Path.of("target/bench-results.json"), 20260105L, 10,
                List.of(10, 100, 1_000, 5_000, 20_000), 2, 5, 2_000, EnumSet.allOf(Suite.class), 1_000, 3, 5,
                List.of(1_000, 5_000, 10_000, 20_000), 5_000, 10, 7, 120, 20, List.of(1_000, 5_000), null);
    }

    /** Applies {@code key=value} arguments (blank ones are ignored, whitespace separates several in one). */
    public static BenchOptions parse(String... args) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String arg : args) {
            for (String part : arg.trim().split("\\s+")) {
                if (part.isEmpty()) {
                    continue;
                }
                int eq = part.indexOf('=');
                if (eq < 1) {
                    throw new IllegalArgumentException("expected key=value, got '" + part + "'");
                }
                values.put(part.substring(0, eq), part.substring(eq + 1));
            }
        }
        BenchOptions d = defaults();
        BenchOptions options = new BenchOptions(
                Path.of(values.getOrDefault("work", d.work.toString())),
                Path.of(values.getOrDefault("json", d.jsonFile.toString())),
                Long.parseLong(values.getOrDefault("seed", Long.toString(d.seed))),
                intValue(values, "questions", d.questionsPerBank),
                intList(values, "sizes", d.sizes),
                intValue(values, "warmups", d.warmups),
                intValue(values, "iterations", d.iterations),
                Long.parseLong(values.getOrDefault("minWarmupMillis", Long.toString(d.minWarmupMillis))),
                suites(values.get("suites"), d.suites),
                intValue(values, "e2eBanks", d.e2eBanks),
                intValue(values, "mavenRuns", d.mavenRuns),
                intValue(values, "hugoRuns", d.hugoRuns),
                intList(values, "memorySizes", d.memorySizes),
                intValue(values, "rssBanks", d.rssBanks),
                intValue(values, "pageQuestions", d.pageQuestions),
                intValue(values, "pageLoads", d.pageLoads),
                intValue(values, "quietWaitSeconds", d.quietWaitSeconds),
                intValue(values, "serveEdits", d.serveEdits),
                intList(values, "e2eSizes", d.e2eSizes),
                values.containsKey("mavenRepository") ? Path.of(values.get("mavenRepository")) : d.mavenRepository);
        values.keySet().removeAll(List.of("work", "json", "seed", "questions", "sizes", "warmups", "iterations",
                "minWarmupMillis", "suites", "e2eBanks", "mavenRuns", "hugoRuns", "memorySizes", "rssBanks",
                "pageQuestions", "pageLoads", "quietWaitSeconds", "serveEdits", "e2eSizes", "mavenRepository"));
        if (!values.isEmpty()) {
            throw new IllegalArgumentException("unknown options " + values.keySet());
        }
        return options;
    }

    public boolean runs(Suite suite) {
        return suites.contains(suite);
    }

    public Map<String, Object> settings() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("seed", seed);
        json.put("questionsPerBank", questionsPerBank);
        json.put("sizes", sizes);
        json.put("warmups", warmups);
        json.put("iterations", iterations);
        json.put("minWarmupMillis", minWarmupMillis);
        json.put("suites", suites.stream().map(Suite::option).toList());
        json.put("e2eBanks", e2eBanks);
        json.put("memorySizes", memorySizes);
        json.put("rssBanks", rssBanks);
        json.put("pageLoads", pageLoads);
        json.put("quietWaitSeconds", quietWaitSeconds);
        json.put("serveEdits", serveEdits);
        json.put("e2eSizes", e2eSizes);
        json.put("mavenRepository", mavenRepository == null ? null : mavenRepository.toString());
        return json;
    }

    private static int intValue(Map<String, String> values, String key, int fallback) {
        return Integer.parseInt(values.getOrDefault(key, Integer.toString(fallback)).replace("_", ""));
    }

    private static List<Integer> intList(Map<String, String> values, String key, List<Integer> fallback) {
        String value = values.get(key);
        return value == null ? fallback
                : Arrays.stream(value.split(",")).map(s -> Integer.parseInt(s.trim().replace("_", ""))).toList();
    }

    private static Set<Suite> suites(String value, Set<Suite> fallback) {
        if (value == null || value.equals("all")) {
            return fallback;
        }
        Set<Suite> suites = EnumSet.noneOf(Suite.class);
        for (String name : value.split(",")) {
            String option = name.trim().toLowerCase(Locale.ROOT);
            suites.add(Arrays.stream(Suite.values()).filter(suite -> suite.option().equals(option)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("suites: no suite '" + option + "'; the suites are "
                            + Arrays.stream(Suite.values()).map(Suite::option).toList())));
        }
        return suites;
    }
}
