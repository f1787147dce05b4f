package dev.mdquiz.generator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generator in a JVM of its own builds what it builds in process, and fails as it fails in process. */
class ForkedGeneratorTest {
    /** This test's class path holds the generator and its dependencies, as the plugin's artifacts do. */
    private static final List<Path> CLASS_PATH = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .map(Path::of).toList();

    @TempDir
    Path project;

    private void bank(String path, String content) throws IOException {
        Path file = project.resolve("src/quiz").resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private void course() throws IOException {
        bank("week-1/basics.md", "---\ntitle: Basics\n---\n\n**1.** Pick a.\n\n- [x] a\n- [ ] b\n\n"
                + "**2.** The capital of France is [[Paris]].\n");
        bank("week-2/numbers.md", "**1.** Two and two make [[4]].\n\n**2.** Order them.\n\n1. one\n2. two\n3. three\n");
    }

    private GeneratorConfig config(String site) {
        return GeneratorConfig.builder(project.resolve("src/quiz"), project.resolve(site))
                .displayRoot(project).buildDirectory(project.resolve("target-" + site)).siteTitle("Course")
                .keyIterations(0).build();
    }

    @Test
    void buildsTheSameSiteAndKeysAsInProcess() throws Exception {
        course();
        BuildResult inProcess = new QuizGenerator(config("in-process")).generate();
        BuildResult forked = new ForkedGenerator(config("forked"), CLASS_PATH, null).generate();

        assertEquals(inProcess.quizzes(), forked.quizzes());
        assertEquals(inProcess.questions(), forked.questions());
        assertEquals(inProcess.filesWritten(), forked.filesWritten());
        assertEquals(inProcess.warnings(), forked.warnings());
        assertEquals(project.resolve("forked"), forked.outputDirectory());
        assertSameFiles(project.resolve("in-process"), project.resolve("forked"));
        assertSameFiles(project.resolve("target-in-process/quiz-answer-keys"), project.resolve("target-forked/quiz-answer-keys"));
    }

    @Test
    void aBuildWithNothingToDoStartsNoJvm() throws Exception {
        course();
        BuildResult first = new ForkedGenerator(config("site"), CLASS_PATH, null).generate();
        // no class path: a JVM started now could not even load the generator
        BuildResult again = new ForkedGenerator(config("site"), List.of(), null).generate();
        assertEquals(first.quizzes(), again.quizzes());
        assertEquals(first.warnings(), again.warnings());

        bank("week-2/numbers.md", "**1.** Two and three make [[5]].\n");
        assertThrows(IllegalStateException.class, () -> new ForkedGenerator(config("site"), List.of(), null).generate());
    }

    @Test
    void reportsBankErrorsAsInProcess() throws Exception {
        course();
        bank("broken.md", "---\ntitel: Typo\n---\n\n**1.** Pick.\n\n- [ ] a\n- [ ] b\n");
        InvalidBanksException inProcess = assertThrows(InvalidBanksException.class,
                () -> new QuizGenerator(config("in-process")).generate());
        InvalidBanksException forked = assertThrows(InvalidBanksException.class,
                () -> new ForkedGenerator(config("forked"), CLASS_PATH, null).generate());
        assertEquals(inProcess.getMessage(), forked.getMessage());
        assertEquals(inProcess.diagnostics(), forked.diagnostics());
        assertFalse(Files.exists(project.resolve("forked")));
    }

    @Test
    void reportsAFolderProblemWithItsSetting() throws Exception {
        course();
        Files.writeString(project.resolve("site-file"), "not a folder");
        GeneratorConfig config = GeneratorConfig.builder(project.resolve("src/quiz"), project.resolve("site"))
                .displayRoot(project).answerKeyDirectory(project.resolve("site-file")).keyIterations(0).build();
        OutputDirectoryException inProcess = assertThrows(OutputDirectoryException.class,
                () -> new QuizGenerator(config).generate());
        OutputDirectoryException forked = assertThrows(OutputDirectoryException.class,
                () -> new ForkedGenerator(config, CLASS_PATH, null).generate());
        assertEquals(inProcess.getMessage(), forked.getMessage());
        assertEquals(inProcess.setting(), forked.setting());
        assertEquals(inProcess.directory(), forked.directory());
    }

    @Test
    void aHeapTooSmallNamesTheSettingThatGivesMore() throws Exception {
        StringBuilder longBank = new StringBuilder();
        for (int i = 1; i <= 400; i++) {
            longBank.append("**").append(i).append(".** Question ").append(i).append(" of a long bank?\n\n- [x] yes ")
                    .append(i).append("\n- [ ] no ").append(i).append("\n\n");
        }
        for (int i = 0; i < 20; i++) {
            bank("bank-" + i + ".md", longBank.toString().replace("Question", "Question in bank " + i));
        }
        GeneratorJvmException failure = assertThrows(GeneratorJvmException.class,
                () -> new ForkedGenerator(config("site"), CLASS_PATH, "6m").generate());
        assertEquals("the generator ran out of memory in its JVM (6m of heap): give it more, e.g. 512m",
                failure.getMessage());
        assertEquals(Setting.FORK_MAX_HEAP, failure.setting().orElseThrow());
        assertFalse(Files.exists(project.resolve("site/index.html")));
    }

    @Test
    void anInterruptedBuildNamesNoSetting() throws Exception {
        course();
        Thread.currentThread().interrupt(); // a cancelled build, as an IDE or Maven daemon cancels one
        GeneratorJvmException failure;
        try {
            failure = assertThrows(GeneratorJvmException.class,
                    () -> new ForkedGenerator(config("site"), CLASS_PATH, null).generate());
        } finally {
            assertTrue(Thread.interrupted(), "the thread is still interrupted for its caller");
        }
        assertEquals("the build was interrupted", failure.getMessage());
        assertEquals(Optional.empty(), failure.setting());
    }

    @Test
    void aFolderWhoseNameHoldsBracesIsReportedAsItIs() throws Exception {
        course();
        Path folder = project.resolve("keys {} here");
        Files.writeString(folder, "not a folder");
        GeneratorConfig config = GeneratorConfig.builder(project.resolve("src/quiz"), project.resolve("site"))
                .displayRoot(project).answerKeyDirectory(folder).keyIterations(0).build();
        OutputDirectoryException inProcess = assertThrows(OutputDirectoryException.class,
                () -> new QuizGenerator(config).generate());
        OutputDirectoryException forked = assertThrows(OutputDirectoryException.class,
                () -> new ForkedGenerator(config, CLASS_PATH, null).generate());
        assertTrue(inProcess.getMessage().contains(folder.toString()), inProcess.getMessage());
        assertEquals(inProcess.getMessage(), forked.getMessage());
    }

    @Test
    void aJvmThatCrashesIsReportedWithItsStackTrace() throws Exception {
        course();
        // a bug in the generator, as the JVM sees it: a class it needs is not there
        List<Path> withoutTables = CLASS_PATH.stream()
                .filter(entry -> !entry.getFileName().toString().startsWith("commonmark-ext-gfm-tables")).toList();
        assertTrue(withoutTables.size() < CLASS_PATH.size(), "the test's class path holds the tables extension");
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> new ForkedGenerator(config("site"), withoutTables, null).generate());
        assertTrue(failure.getMessage().startsWith("the generator's JVM ended with status 1:\n"
                + "Exception in thread \"main\" java.lang.NoClassDefFoundError: org/commonmark/ext/gfm/tables/"),
                failure.getMessage());
        assertTrue(failure.getMessage().contains("at dev.mdquiz.generator.internal.fork.ForkMain.main"),
                failure.getMessage());
    }

    @Test
    void aLongReportKeepsItsStartWithTheExceptionAndItsEnd() {
        List<String> lines = IntStream.rangeClosed(1, 300).mapToObj(i -> "line " + i).toList();
        String shortened = ForkedGenerator.shortened(String.join("\n", lines) + "\n");
        assertEquals(String.join("\n", lines.subList(0, 60)) + "\n(180 lines left out)\n"
                + String.join("\n", lines.subList(240, 300)), shortened);
        String whole = String.join("\n", lines.subList(0, 120));
        assertEquals(whole, ForkedGenerator.shortened(whole + "\n"));
    }

    @Test
    void whatTheJvmPrintedIsReadEvenWhereItIsNotUtf8(@TempDir Path folder) throws IOException {
        Path log = folder.resolve("jvm.log");
        byte[] latin1 = "Exception in thread \"main\": caf\u00e9 not found\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(log, latin1);
        String printed = ForkedGenerator.printed(log);
        assertTrue(printed.startsWith("Exception in thread \"main\": caf") && printed.endsWith(" not found\n"), printed);
    }

    @Test
    void refusesAHeapThatIsNoSize() {
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                () -> new ForkedGenerator(config("site"), CLASS_PATH, "lots"));
        assertEquals("forkMaxHeap must be a size such as 512m or 2g, not 'lots'", failure.getMessage());
        for (String tooSmall : List.of("0", "1k", "3m", "1048575")) {
            IllegalArgumentException small = assertThrows(IllegalArgumentException.class,
                    () -> new ForkedGenerator(config("site"), CLASS_PATH, tooSmall));
            assertEquals("forkMaxHeap must be at least 4m, not '" + tooSmall + "'", small.getMessage());
        }
    }

    @Test
    void sizesTheHeapForTheCourse() {
        long megabyte = 1024 * 1024;
        assertEquals(256, ForkedGenerator.heapMegabytes(40_000));
        assertEquals(256, ForkedGenerator.heapMegabytes(10 * megabyte));
        assertEquals(368, ForkedGenerator.heapMegabytes(20 * megabyte)); // 5,000 banks of 4 KB
        assertEquals(1_088, ForkedGenerator.heapMegabytes(80 * megabyte)); // 20,000
    }

    private static void assertSameFiles(Path expected, Path actual) throws IOException {
        Map<String, byte[]> want = files(expected);
        Map<String, byte[]> got = files(actual);
        assertEquals(want.keySet(), got.keySet());
        assertTrue(want.size() > 3, "a site of several files");
        want.forEach((path, bytes) -> assertArrayEquals(bytes, got.get(path), path));
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
