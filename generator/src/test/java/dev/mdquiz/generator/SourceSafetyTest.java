package dev.mdquiz.generator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Nothing outside the source folder is read, symbolic links included, and no bank is too big to read. */
class SourceSafetyTest {
    private static final String BANK = "**1.** Pick a.\n\n- [x] a\n- [ ] b\n";
    private static final String SECRET = "TOP SECRET do not publish";
    private static final String OUTSIDE = "is a symbolic link that leads outside the source directory;"
            + " nothing outside it is read or published";

    @TempDir
    Path project;

    private Path source(String path) {
        return project.resolve("src/quiz").resolve(path);
    }

    private void write(String path, String content) throws IOException {
        Files.createDirectories(source(path).getParent());
        Files.writeString(source(path), content);
    }

    private void link(String path, Path target) throws IOException {
        Files.createDirectories(source(path).getParent());
        Files.createSymbolicLink(source(path), target);
    }

    private Path secret() throws IOException {
        Path secret = project.resolve("private/secret.md");
        Files.createDirectories(secret.getParent());
        Files.writeString(secret, "---\ntitle: " + SECRET + "\n---\n" + SECRET + "\n\n" + BANK.replace("Pick a.", SECRET));
        return secret;
    }

    private GeneratorConfig.Builder config() {
        return GeneratorConfig.builder(project.resolve("src/quiz"), project.resolve("target/quiz-site"))
                .displayRoot(project).siteTitle("Course");
    }

    private List<String> errors(GeneratorConfig config) throws Exception {
        List<String> checked = new QuizGenerator(config).check().diagnostics().stream().map(Diagnostic::toString).toList();
        InvalidBanksException failure = assertThrows(InvalidBanksException.class, () -> new QuizGenerator(config).generate());
        assertEquals(checked, failure.diagnostics().stream().map(Diagnostic::toString).toList(), "check and generate agree");
        return checked;
    }

    private void assertNothingPublished() throws IOException {
        Path target = project.resolve("target");
        if (!Files.exists(target)) {
            return;
        }
        try (Stream<Path> files = Files.walk(target)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(file, StandardCharsets.ISO_8859_1).contains(SECRET), file + " holds the secret");
            }
        }
        assertFalse(Files.exists(project.resolve("target/quiz-site/index.html")), "nothing written");
    }

    @Test
    void aSectionFileOrBankLinkedOutsideIsAnErrorAndNothingOfItIsPublished() throws Exception {
        write("intro.md", BANK);
        link("_section.md", secret());
        link("week-1/_section.md", secret());
        link("stolen.md", secret());
        assertEquals(List.of(
                "src/quiz/_section.md:1:1: error: this file " + OUTSIDE,
                "src/quiz/stolen.md:1:1: error: this file " + OUTSIDE,
                "src/quiz/week-1/_section.md:1:1: error: this file " + OUTSIDE), errors(config().build()));
        assertNothingPublished();
    }

    @Test
    void systemFilesBehindLinksAreNeverRead() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/etc/passwd")) && Files.exists(Path.of("/proc/self/environ")));
        write("intro.md", BANK);
        link("_section.md", Path.of("/etc/passwd"));
        link("environment.md", Path.of("/proc/self/environ"));
        assertEquals(List.of(
                "src/quiz/_section.md:1:1: error: this file " + OUTSIDE,
                "src/quiz/environment.md:1:1: error: this file " + OUTSIDE), errors(config().build()));
        assertFalse(Files.exists(project.resolve("target/quiz-site/index.html")));
    }

    @Test
    void aResourceOrLinkedFileLinkedOutsideIsAnError() throws Exception {
        write("quiz.md", "**1.** See [the notes](files/notes.pdf).\n\n- [x] a\n- [ ] b\n");
        link("files/notes.pdf", secret());
        link("files/handout.pdf", secret());
        write("files/real.pdf", "PDF");
        assertEquals(List.of(
                "src/quiz/files/handout.pdf:1:1: error: this file matches resources but " + OUTSIDE,
                "src/quiz/files/notes.pdf:1:1: error: this file matches resources but " + OUTSIDE,
                "src/quiz/quiz.md:1:12: error: link to 'files/notes.pdf' is a symbolic link that leaves the source"
                        + " directory; only files inside it are published"),
                errors(config().resources(List.of("files/*.pdf")).build()));
        assertNothingPublished();
    }

    @Test
    void aLinkedFolderLeadingOutsideIsAnErrorAndNothingInItIsRead() throws Exception {
        secret();
        Files.writeString(project.resolve("private/pic.png"), SECRET);
        write("quiz.md", "**1.** See ![it](shared/pic.png).\n\n- [x] a\n- [ ] b\n");
        link("shared", project.resolve("private"));
        assertEquals(List.of(
                "src/quiz/quiz.md:1:12: error: link to 'shared/pic.png' is a symbolic link that leaves the source"
                        + " directory; only files inside it are published",
                "src/quiz/shared:1:1: error: this folder is a symbolic link that leads outside the source directory;"
                        + " nothing in it is read or published"),
                errors(config().resources(List.of("**")).build()));
        assertNothingPublished();
    }

    @Test
    void linksThatStayInsideKeepWorking() throws Exception {
        write("quiz.md", "**1.** See ![it](img/logo.png).\n\n- [x] a\n- [ ] b\n");
        write("shared/_intro.md", "Welcome from a *shared* intro.\n");
        write("shared/logo.png", "PNG");
        link("_section.md", Path.of("shared/_intro.md"));
        link("img", source("shared"));
        BuildResult result = new QuizGenerator(config().build()).generate();
        assertEquals(List.of(), result.warnings());
        assertTrue(Files.readString(project.resolve("target/quiz-site/index.html")).contains("<em>shared</em>"));
        assertEquals("PNG", Files.readString(project.resolve("target/quiz-site/img/logo.png")));
    }

    @Test
    void aStrayLinkOutsideIsNeverReadNotEvenToSeeWhetherItChanged() throws Exception {
        write("quiz.md", BANK);
        Path secret = secret();
        link("notes.txt", secret);
        GeneratorConfig config = config().build();
        assertEquals(1, new QuizGenerator(config).generate().quizzes());
        DoctoredCache.claimQuizzes(project.resolve("target/quiz-site-cache"), 99);
        Files.writeString(secret, "changed");
        assertEquals(99, new QuizGenerator(config).generate().quizzes(),
                "the linked file's content is no input: the rebuild had nothing to do");
    }

    @Test
    void aBankOverTheSizeLimitIsRefusedBeforeItIsRead() throws Exception {
        write("small.md", BANK);
        for (String path : List.of("big.md", "week-1/_section.md")) {
            Files.createDirectories(source(path).getParent());
            try (RandomAccessFile file = new RandomAccessFile(source(path).toFile(), "rw")) {
                file.setLength(path.equals("big.md") ? 52_400_000 : 5_000_001); // sparse: nothing is really written
            }
        }
        assertEquals(List.of(
                "src/quiz/big.md:1:1: error: this file is 52.4 MB; banks are limited to 5 MB: split it",
                "src/quiz/week-1/_section.md:1:1: error: this file is 5.1 MB; banks are limited to 5 MB: split it"),
                errors(config().build()));
    }
}
