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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two sources that would be written to one file of the site are errors naming both. */
class OutputClashTest {
    private static final String BANK = "**1.** Pick a.\n\n- [x] a\n- [ ] b\n";

    @TempDir
    Path project;

    private Path source(String path) {
        return project.resolve("src/quiz").resolve(path);
    }

    private void write(String path, String content) throws IOException {
        Files.createDirectories(source(path).getParent());
        Files.writeString(source(path), content);
    }

    private int banks;

    /** Each bank asks its own question, so that no repeated-question warning gets in the way. */
    private void bank(String path) throws IOException {
        write(path, BANK.replace("Pick a.", "Pick a in bank " + ++banks + "."));
    }

    private GeneratorConfig.Builder config() {
        return GeneratorConfig.builder(project.resolve("src/quiz"), project.resolve("target/quiz-site"))
                .displayRoot(project).siteTitle("Course");
    }

    private List<String> errors(GeneratorConfig.Builder config) {
        InvalidBanksException failure = assertThrows(InvalidBanksException.class,
                () -> new QuizGenerator(config.build()).generate());
        return failure.diagnostics().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void aBankNamedIndexClashesWithTheCourseIndex() throws Exception {
        bank("intro.md");
        bank("index.md");
        bank("week-1/index.md"); // a folder's index is an ordinary page
        assertEquals(List.of("src/quiz/index.md:1:1: error: its page index.html clashes with the course index; rename it"),
                errors(config()));
    }

    @Test
    void banksWhoseNamesDifferOnlyInCaseClash() throws Exception {
        bank("a.md");
        bank("a.MD");
        bank("Week/b.md");
        bank("week/b.md");
        assertEquals(List.of(
                "src/quiz/Week/b.md:1:1: error: its page Week/b.html clashes with the page of src/quiz/week/b.md"
                        + " (week/b.html: the names differ only in letter case, which macOS and Windows ignore);"
                        + " rename one of them",
                "src/quiz/a.MD:1:1: error: its page a.html clashes with the page of src/quiz/a.md; rename one of them",
                "src/quiz/a.md:1:1: error: its page a.html clashes with the page of src/quiz/a.MD; rename one of them",
                "src/quiz/week/b.md:1:1: error: its page week/b.html clashes with the page of src/quiz/Week/b.md"
                        + " (Week/b.html: the names differ only in letter case, which macOS and Windows ignore);"
                        + " rename one of them"),
                errors(config()));
    }

    @Test
    void aPublishedFileAtAPagesPlaceClashes() throws Exception {
        bank("notes.md");
        write("notes.html", "<p>old notes</p>");
        write("index.html", "<p>my own index</p>");
        assertEquals(List.of(
                "src/quiz/index.html:1:1: error: it is published as index.html, which clashes with the course index;"
                        + " rename it",
                "src/quiz/notes.html:1:1: error: it is published as notes.html, which clashes with the page of"
                        + " src/quiz/notes.md; rename one of them",
                "src/quiz/notes.md:1:1: error: its page notes.html clashes with src/quiz/notes.html; rename one of them"),
                errors(config().resources(List.of("*.html"))));
    }

    @Test
    void aFileWhereAnotherNeedsAFolderClashes() throws Exception {
        bank("a.md");
        bank("a.html/b.md");
        assertEquals(List.of("src/quiz/a.html/b.md:1:1: error: its page a.html/b.html clashes with the page of"
                        + " src/quiz/a.md: a.html cannot be both a file and a folder; rename one of them"),
                errors(config()));
    }

    @Test
    void aBankBesideAFolderOfTheSameNameIsFine() throws Exception {
        bank("loops.md");
        bank("loops/while.md");
        BuildResult result = new QuizGenerator(config().build()).generate();
        assertEquals(2, result.quizzes());
        assertEquals(List.of(), result.warnings());
        assertTrue(Files.isRegularFile(project.resolve("target/quiz-site/loops.html")));
        assertTrue(Files.isRegularFile(project.resolve("target/quiz-site/loops/while.html")));
    }

    @Test
    void aFailedBuildLeavesThePreviousSiteAsItWasAndNoTemporaryFile() throws Exception {
        bank("a.md");
        bank("week/b.md");
        new QuizGenerator(config().build()).generate();
        Map<String, byte[]> before = snapshot(project.resolve("target"));
        bank("A.md");
        bank("week/b.md"); // changed too, so that a build would have something to write
        assertEquals(2, errors(config()).size());
        Map<String, byte[]> after = snapshot(project.resolve("target"));
        assertEquals(before.keySet(), after.keySet(), "no file added or removed, no temporary file left");
        before.forEach((path, bytes) -> assertArrayEquals(bytes, after.get(path), path));
    }

    private static Map<String, byte[]> snapshot(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
