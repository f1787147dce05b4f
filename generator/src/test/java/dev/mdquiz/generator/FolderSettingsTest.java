package dev.mdquiz.generator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Folders that overlap are refused before anything is written; private files stay under the build folder. */
class FolderSettingsTest {
    private static final String BANK = "**1.** Pick a. ![the diagram](img/diagram.png)\n\n- [x] a\n- [ ] b\n";

    @TempDir
    Path project;

    private Path source() {
        return project.resolve("src/quiz");
    }

    private void course() throws IOException {
        Files.createDirectories(source().resolve("img"));
        Files.writeString(source().resolve("quiz.md"), BANK);
        Files.writeString(source().resolve("img/diagram.png"), "PNG");
    }

    private GeneratorConfig.Builder config(Path output) {
        return GeneratorConfig.builder(source(), output).displayRoot(project).siteTitle("Course");
    }

    /** Every file and folder under the root, with its bytes and time. */
    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.toList()) {
                String content = Files.isRegularFile(path) ? new String(Files.readAllBytes(path)) : "folder";
                entries.put(root.relativize(path).toString(), content + " @" + Files.getLastModifiedTime(path).toMillis());
            }
        }
        return entries;
    }

    private static String setting(OverlappingFoldersException failure) {
        return failure.setting().orElseThrow().parameter();
    }

    private OverlappingFoldersException refused(GeneratorConfig config) throws IOException {
        Map<String, String> before = tree(project);
        OverlappingFoldersException failure = assertThrows(OverlappingFoldersException.class,
                () -> new QuizGenerator(config).generate());
        assertEquals(before, tree(project), "nothing written, deleted or touched");
        assertEquals(failure.getMessage(), assertThrows(OverlappingFoldersException.class,
                () -> new QuizGenerator(config).check()).getMessage(), "check refuses it too");
        return failure;
    }

    @Test
    void theSourceFolderAsOutputIsRefusedAndNoSourceFileIsTouched() throws Exception {
        course();
        OverlappingFoldersException failure = refused(config(source()).build());
        assertEquals("outputDirectory", setting(failure));
        assertEquals(source(), failure.directory());
        assertEquals("outputDirectory " + source() + " is or lies inside sourceDirectory " + source()
                + ": the banks would be published and a rebuild could overwrite or delete source files;"
                + " write the site to a folder of its own", failure.getMessage());
    }

    @Test
    void anOutputInsideOrAroundTheSourcesIsRefused() throws Exception {
        course();
        assertEquals("outputDirectory", setting(refused(config(source().resolve("site")).build())));
        OverlappingFoldersException around = refused(config(project).build());
        assertEquals("outputDirectory", setting(around));
        assertTrue(around.getMessage().contains(" holds sourceDirectory "), around.getMessage());
    }

    @Test
    void anOutputThatIsALinkToTheSourcesIsRefused() throws Exception {
        course();
        Files.createSymbolicLink(project.resolve("site"), source());
        assertEquals("outputDirectory", setting(refused(config(project.resolve("site")).build())));
    }

    @Test
    void privateFoldersInsideTheSiteAreRefused() throws Exception {
        course();
        Path output = project.resolve("target/quiz-site");
        for (Path inside : List.of(output, output.resolve("keys"))) {
            OverlappingFoldersException keys = refused(config(output).answerKeyDirectory(inside).build());
            assertEquals("answerKeyDirectory", setting(keys));
            assertTrue(keys.getMessage().contains("the answer keys would be published"), keys.getMessage());
            OverlappingFoldersException cache = refused(config(output).cacheDirectory(inside).build());
            assertEquals("cacheDirectory", setting(cache));
            assertTrue(cache.getMessage().contains("its derived keys would be published"), cache.getMessage());
        }
        assertEquals("cacheDirectory", setting(refused(config(output).cacheDirectory(source()).build())));
    }

    @Test
    void privateFilesGoUnderTheBuildFolderWhereverTheSiteGoes() throws Exception {
        course();
        Path docs = project.resolve("docs");
        BuildResult result = new QuizGenerator(config(docs).buildDirectory(project.resolve("target")).build()).generate();
        assertEquals(List.of(), result.warnings());
        assertTrue(Files.isRegularFile(docs.resolve("quiz.html")));
        assertTrue(Files.isRegularFile(project.resolve("target/quiz-answer-keys/quiz.md")));
        assertTrue(Files.isRegularFile(project.resolve("target/quiz-site-cache/manifests/site.txt")));
        try (Stream<Path> top = Files.list(project)) {
            assertEquals(List.of("docs", "src", "target"), top.map(p -> p.getFileName().toString()).sorted().toList(),
                    "nothing private beside the published folder");
        }
    }

    @Test
    void withoutABuildFolderPrivateFilesGoBesideTheOutputFolder() {
        GeneratorConfig config = config(project.resolve("target/quiz-site")).build();
        assertEquals(project.resolve("target/quiz-answer-keys"), config.answerKeyDirectory());
        assertEquals(project.resolve("target/quiz-site-cache"), config.cacheDirectory());
    }

    @Test
    void privateFoldersOutsideTheBuildFolderAreWarnedAbout() throws Exception {
        course();
        GeneratorConfig config = config(project.resolve("docs")).buildDirectory(project.resolve("target"))
                .answerKeyDirectory(project.resolve("teachers")).cacheDirectory(project.resolve("cache")).build();
        List<String> warnings = new QuizGenerator(config).generate().warnings().stream().map(Diagnostic::toString).toList();
        assertEquals(List.of(
                "cache:1:1: warning: cacheDirectory is outside the build folder " + project.resolve("target")
                        + ": its entries let anyone test guesses at the answers without the key stretching, and it"
                        + " could be committed or published",
                "teachers:1:1: warning: answerKeyDirectory is outside the build folder " + project.resolve("target")
                        + ": the teachers' answer keys could be committed or published; keep them under the build folder"),
                warnings);
        assertEquals(warnings, new QuizGenerator(config).check().diagnostics().stream().map(Diagnostic::toString).toList());
    }

    @Test
    void aCacheInsideTheSourcesIsWarnedAboutAndNeverReadNorPublished() throws Exception {
        course();
        Path output = project.resolve("target/quiz-site");
        GeneratorConfig config = config(output).cacheDirectory(source().resolve("cache"))
                .resources(List.of("**")).build();
        BuildResult first = new QuizGenerator(config).generate();
        assertEquals(List.of("src/quiz/cache:1:1: warning: cacheDirectory is inside the source folder: its entries"
                        + " let anyone test guesses at the answers without the key stretching, and would be committed"
                        + " with the banks; keep it under the build folder"),
                first.warnings().stream().map(Diagnostic::toString).toList());
        assertTrue(Files.isRegularFile(source().resolve("cache/manifests/site.txt")));
        assertFalse(Files.exists(output.resolve("cache")), "the cache is not published");
        DoctoredCache.claimQuizzes(source().resolve("cache"), 99);
        assertEquals(99, new QuizGenerator(config).generate().quizzes(), "the cache is no input: nothing to do");
    }
}
