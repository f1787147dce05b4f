package dev.mdquiz.generator;

import dev.mdquiz.generator.internal.cache.BuildCache;
import dev.mdquiz.generator.internal.cache.Manifest;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every file of the cache folder, damaged every way: the build succeeds as if the file were missing, writes what
 * an undamaged build writes, and leaves a good file that the next build uses.
 */
class DamagedCacheTest {
    private static final String CHOICE = "# Choice\n\n**1.** Pick a.\n\n- [x] a\n- [ ] b\n";
    private static final String FILL_IN = "# Fill in\n\n**1.** [[Oslo]] is the capital of Norway. 7 × 6 is [[=42]].\n";

    @TempDir
    Path project;

    /** The cache's files, by the layout docs/answer-keys.md and the README describe. */
    enum CacheFile {
        SITE_MANIFEST("manifests/site.txt"),
        ANSWER_KEY_MANIFEST("manifests/answer-keys.txt"),
        LAST_BUILD("last-build.yaml"),
        DERIVED_KEYS(null); // keys/<hash of the quiz id>.txt, the only one: only the fill-in quiz has stretched keys

        private final String path;

        CacheFile(String path) {
            this.path = path;
        }

        /** What the cache reads back from the file: what a build uses of it. */
        Object readBack(Path cache) throws Exception {
            BuildCache buildCache = BuildCache.open(cache);
            return switch (this) {
                case SITE_MANIFEST -> inputs(buildCache.manifest("site"));
                case ANSWER_KEY_MANIFEST -> inputs(buildCache.manifest("answer-keys"));
                case LAST_BUILD -> buildCache.lastBuild().map(last -> last.quizzes() + " quizzes, "
                        + last.questions() + " questions, " + last.warnings()).orElse("none");
                case DERIVED_KEYS -> buildCache.derivedKeys("fill-in");
            };
        }

        private static Map<String, String> inputs(Manifest manifest) {
            Map<String, String> inputs = new TreeMap<>();
            manifest.entries().forEach((path, entry) -> inputs.put(path, entry.input()));
            return inputs;
        }

        Path in(Path cache) throws IOException {
            if (path != null) {
                return cache.resolve(path);
            }
            try (Stream<Path> files = Files.list(cache.resolve("keys"))) {
                List<Path> all = files.toList();
                assertEquals(1, all.size(), "one quiz has stretched keys: " + all);
                return all.get(0);
            }
        }
    }

    enum Damage {
        EMPTY, TRUNCATED, OLDER_FORMAT, FOREIGN_HEADER, ALTERED, BINARY_GARBAGE, FOLDER_IN_ITS_PLACE;

        void applyTo(Path file) throws IOException {
            byte[] good = Files.readAllBytes(file);
            assertTrue(good.length > 80 && good[good.length - 1] == '\n', "a file of some content");
            String text = new String(good, StandardCharsets.UTF_8);
            switch (this) {
                case EMPTY -> Files.write(file, new byte[0]);
                case TRUNCATED -> Files.write(file, Arrays.copyOf(good, good.length / 2));
                case OLDER_FORMAT -> { // the same content under the previous version's header
                    Matcher version = Pattern.compile(" v(\\d+) ").matcher(text);
                    assertTrue(version.find(), "a versioned header");
                    Files.writeString(file, version.replaceFirst(" v" + (Integer.parseInt(version.group(1)) - 1) + " "));
                }
                case FOREIGN_HEADER -> Files.writeString(file, "format: 1\n" + text.substring(text.indexOf('\n') + 1));
                case ALTERED -> { // one byte of the content, below a header that now names another hash
                    good[good.length - 2] ^= 1;
                    Files.write(file, good);
                }
                case BINARY_GARBAGE -> {
                    byte[] garbage = new byte[4096];
                    new Random(7).nextBytes(garbage);
                    Files.write(file, garbage);
                }
                case FOLDER_IN_ITS_PLACE -> {
                    Files.delete(file);
                    Files.createDirectories(file.resolve("left-over"));
                    Files.writeString(file.resolve("left-over/note.txt"), "in the way");
                }
            }
        }
    }

    static Stream<Arguments> everyFileEveryDamage() {
        List<Arguments> cases = new ArrayList<>();
        for (CacheFile file : CacheFile.values()) {
            for (Damage damage : Damage.values()) {
                cases.add(Arguments.of(file, damage));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everyFileEveryDamage")
    void aDamagedFileCountsAsMissingAndIsWrittenAgain(CacheFile cacheFile, Damage damage) throws Exception {
        Path banks = project.resolve("src/quiz");
        Files.createDirectories(banks);
        Files.writeString(banks.resolve("choice.md"), CHOICE);
        Files.writeString(banks.resolve("fill-in.md"), FILL_IN);
        Path damaged = project.resolve("damaged");
        Path fresh = project.resolve("fresh");
        build(banks, damaged, "Course");
        damage.applyTo(cacheFile.in(cache(damaged)));

        // a changed title makes every page and key be produced again, so that every cache file is consulted
        BuildResult result = build(banks, damaged, "Renamed course");
        assertEquals(2, result.quizzes(), "a real build");
        build(banks, fresh, "Renamed course");
        assertEquals(files(fresh.resolve("site")), files(damaged.resolve("site")), "the site is as a fresh build's");
        assertEquals(files(fresh.resolve("answer-keys")), files(damaged.resolve("answer-keys")));

        assertTrue(Files.isRegularFile(cacheFile.in(cache(damaged))), "a good file took the damaged one's place");
        Object good = cacheFile.readBack(cache(fresh));
        assertFalse(good.equals("none") || good.equals(Map.of()), "a fresh build writes it: " + good);
        assertEquals(good, cacheFile.readBack(cache(damaged)), "it holds what a fresh build's holds");
        DoctoredCache.claimQuizzes(cache(damaged), 99);
        BuildResult again = build(banks, damaged, "Renamed course");
        assertEquals(99, again.quizzes(), "the next build finds everything in the cache and has nothing to do");
        assertEquals(0, again.filesWritten());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("subFolders")
    void aFileWhereTheCacheHasASubFolderIsReplaced(String folder) throws Exception {
        Path banks = project.resolve("src/quiz");
        Files.createDirectories(banks);
        Files.writeString(banks.resolve("fill-in.md"), FILL_IN);
        Path damaged = project.resolve("damaged");
        build(banks, damaged, "Course");
        Path subFolder = cache(damaged).resolve(folder);
        try (Stream<Path> walk = Files.walk(subFolder)) {
            for (Path each : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(each);
            }
        }
        Files.writeString(subFolder, "a file in the way");
        assertEquals(1, build(banks, damaged, "Renamed course").quizzes());
        assertTrue(Files.isDirectory(subFolder));
        BuildCache cache = BuildCache.open(cache(damaged));
        assertFalse(cache.derivedKeys("fill-in").isEmpty(), "the keys are stored again");
        assertEquals(List.of("fill-in.csv", "fill-in.md"),
                List.copyOf(cache.manifest("answer-keys").entries().keySet()));
    }

    static Stream<String> subFolders() {
        return Stream.of("keys", "manifests");
    }

    private BuildResult build(Path banks, Path root, String title) throws QuizBuildException {
        return new QuizGenerator(GeneratorConfig.builder(banks, root.resolve("site")).displayRoot(project)
                .siteTitle(title).keyIterations(1000).answerKeyDirectory(root.resolve("answer-keys"))
                .cacheDirectory(cache(root)).build()).generate();
    }

    private static Path cache(Path root) {
        return root.resolve("cache");
    }

    private static Map<String, String> files(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString(), Files.readString(file));
            }
        }
        return files;
    }
}
