package dev.mdquiz.generator;

import dev.mdquiz.generator.internal.text.PlainText;
import dev.mdquiz.generator.model.Answer;
import dev.mdquiz.generator.model.Question;
import dev.mdquiz.generator.model.Quiz;
import dev.mdquiz.generator.model.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuizGeneratorTest {
    private static final String GOOD = "# Good\n\n**1.** Pick a.\n\n- [x] a\n- [ ] b\n\n**2.** Pick c and d.\n\n- [x] c\n- [x] d\n- [ ] e\n";

    @TempDir
    Path project;

    private Path source() {
        return project.resolve("src/quiz");
    }

    private Path output() {
        return project.resolve("target/quiz-site");
    }

    private void bank(String path, String content) throws IOException {
        bank(path, content.getBytes(StandardCharsets.UTF_8));
    }

    private void bank(String path, byte[] content) throws IOException {
        Path file = source().resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
    }

    private QuizGenerator generator() {
        return new QuizGenerator(GeneratorConfig.builder(source(), output()).displayRoot(project).siteTitle("Course").build());
    }

    @Test
    void writesOnePagePerBankAndAnIndex() throws Exception {
        bank("intro.md", GOOD);
        bank("week-2/loops.md", GOOD.replace("# Good", "# Loops"));
        BuildResult result = generator().generate();
        assertEquals(2, result.quizzes());
        assertEquals(4, result.questions());
        assertTrue(Files.isRegularFile(output().resolve("intro.html")));
        String loops = Files.readString(output().resolve("week-2/loops.html"));
        assertTrue(loops.contains("href=\"../index.html\""), "link back to the index is relative");
        String index = Files.readString(output().resolve("index.html"));
        assertTrue(index.contains("href=\"week-2/loops.html\">Loops</a>"), index);
        assertTrue(index.contains("2 questions"), index);
    }

    @Test
    void readReturnsTheCheckedCourseInCourseOrderAndWritesNothing() throws Exception {
        bank("2-later/b.md", GOOD.replace("# Good", "# Later").replace("Pick a.", "Pick a later.")
                .replace("Pick c and d.", "Pick c and d later."));
        bank("1-first/a.md", GOOD.replace("# Good", "# First").replace("- [ ] b", "- [ ] b\n\n<!-- a note -->"));
        bank("1-first/_section.md", "---\ntitle: The first unit\n---\nWhere it starts.\n");
        Course course = generator().read();
        assertEquals(List.of("1-first/a", "2-later/b"), course.quizzes().stream().map(Quiz::id).toList());
        assertEquals(List.of("The first unit", "Later"), course.sections().stream().map(Section::title).toList());
        Question second = course.quizzes().get(0).questions().get(1);
        assertEquals(List.of("c", "d", "e"), ((Answer.Choice) second.answer()).options().stream()
                .map(option -> PlainText.of(option.text())).toList());
        assertEquals(List.of("src/quiz/1-first/a.md:8:1: warning: raw HTML comment removed: notes in comments are fine in the"
                + " bank, but they never reach the page"), course.diagnostics().stream().map(Diagnostic::toString).toList());
        assertFalse(course.hasErrors());
        assertFalse(Files.exists(output()), "read writes nothing");
        assertFalse(Files.exists(project.resolve("target")), "no cache, no answer keys either");
    }

    @Test
    void reportsEveryProblemOfEveryBankSortedAndWritesNothing() throws Exception {
        bank("b.md", "**1.** Q?\n\n- [ ] a\n- [ ] b\n");
        bank("a.md", "**1.** Q?\n\nno options\n\n**2.**\n\n- [x] a\n");
        bank("c.md", GOOD);
        bank("d.md", new byte[] {'*', '*', '1', '.', '*', '*', ' ', 'Q', '\n', (byte) 0xC3, (byte) 0x28});
        InvalidBanksException failure = assertThrows(InvalidBanksException.class, () -> generator().generate());
        assertEquals(List.of(
                "src/quiz/a.md:1:1: error: question 1 has no options and no blank: add a task list (- [x] right, - [ ] wrong), a [[blank]], a numbered list to order or a list of 'left -> right' pairs",
                "src/quiz/a.md:5:1: error: question 2 has no question text",
                "src/quiz/b.md:3:1: error: question 1 has no correct option: mark at least one with [x]",
                "src/quiz/d.md:2:1: error: file is not valid UTF-8 (byte offset 9); save it with UTF-8 encoding"),
                failure.diagnostics().stream().map(Diagnostic::toString).toList());
        assertEquals("4 errors and 0 warnings in question banks", failure.getMessage());
        assertFalse(Files.exists(output()), "nothing is written when a bank has errors");
    }

    @Test
    void failedBuildLeavesThePreviousSiteIntact() throws Exception {
        bank("intro.md", GOOD);
        generator().generate();
        byte[] before = Files.readAllBytes(output().resolve("intro.html"));
        bank("intro.md", "**1.** broken\n");
        assertThrows(InvalidBanksException.class, () -> generator().generate());
        assertArrayEquals(before, Files.readAllBytes(output().resolve("intro.html")));
        try (Stream<Path> files = Files.list(output())) {
            assertEquals(List.of(".nojekyll", "index.html", "intro.html"), files.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no temporary files are left behind");
        }
    }

    @Test
    void repeatedBuildIsByteIdenticalAndTouchesNothing() throws Exception {
        bank("intro.md", GOOD);
        generator().generate();
        Path page = output().resolve("intro.html");
        byte[] first = Files.readAllBytes(page);
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(page, old);
        BuildResult again = generator().generate();
        assertEquals(0, again.filesWritten());
        assertArrayEquals(first, Files.readAllBytes(page));
        assertEquals(old, Files.getLastModifiedTime(page));
    }

    @Test
    void keySecretChangesEverySaltAndKey() throws Exception {
        bank("intro.md", GOOD);
        generator().generate();
        Path other = project.resolve("other");
        new QuizGenerator(GeneratorConfig.builder(source(), other).keySecret("s3cret").build()).generate();
        List<String> plain = attributes(Files.readString(output().resolve("intro.html")));
        List<String> secret = attributes(Files.readString(other.resolve("intro.html")));
        assertEquals(4, plain.size(), "a salt and a key per question");
        assertEquals(plain.size(), secret.size());
        for (String value : plain) {
            assertFalse(secret.contains(value), value + " is the same with and without a secret");
        }
    }

    private static List<String> attributes(String html) {
        return java.util.regex.Pattern.compile("data-(?:salt|keys)=\"([^\"]+)\"").matcher(html).results()
                .map(m -> m.group(1)).toList();
    }

    @Test
    void missingSourceDirectoryIsATypedError() {
        SourceDirectoryException failure = assertThrows(SourceDirectoryException.class, () -> generator().generate());
        assertEquals("source directory " + source() + " does not exist", failure.getMessage());
    }

    @Test
    void pathologicalFilesGetDiagnosticsNotCrashes() throws Exception {
        byte[] garbage = new byte[4096];
        new java.util.Random(42).nextBytes(garbage);
        bank("garbage.md", garbage);
        bank("empty.md", "");
        bank("one-line.md", "**1.** " + "[[ word ".repeat(600_000)); // 4.8 MB on one line, just under the limit
        bank("nested.md", "**1.** Q?\n\n" + "> ".repeat(50_000) + "deep\n\n- [x] a\n- [ ] b\n");
        InvalidBanksException failure = assertThrows(InvalidBanksException.class, () -> generator().generate());
        List<String> messages = failure.diagnostics().stream().map(Diagnostic::toString).toList();
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("src/quiz/garbage.md:") && m.contains("not valid UTF-8")), messages.toString());
        assertTrue(messages.contains("src/quiz/empty.md:1:1: error: no questions found: start each question with a bold number"
                + " such as **1.** (or, in a bank without bold numbers, a ## heading)"), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("src/quiz/one-line.md:1:1: error: question 1 has no options")), messages.toString());
        assertTrue(messages.stream().noneMatch(m -> m.startsWith("src/quiz/nested.md")), "deep nesting is valid: " + messages);
        assertFalse(Files.exists(output()));
    }

    @Test
    void sameQuestionTextTwiceInTheSiteIsAWarning() throws Exception {
        bank("a.md", GOOD);
        bank("week-2/b.md", "# B\n\n**1.** Pick   a.\n\n- [x] a\n- [ ] z\n");
        BuildResult result = generator().generate();
        assertEquals(List.of("src/quiz/week-2/b.md:3:1: warning: question 1 repeats the text of the question at src/quiz/a.md:3"),
                result.warnings().stream().map(Diagnostic::toString).toList());
    }

    @Test
    void failOnWarningTurnsWarningsIntoAFailure() throws Exception {
        bank("a.md", "**1.** Pick two.\n\n- [x] a\n- [ ] b\n");
        QuizGenerator strict = new QuizGenerator(GeneratorConfig.builder(source(), output()).displayRoot(project)
                .failOnWarning(true).build());
        InvalidBanksException failure = assertThrows(InvalidBanksException.class, strict::generate);
        assertEquals("0 errors and 1 warning in question banks", failure.getMessage());
        assertFalse(Files.exists(output()));
        assertEquals(1, generator().generate().warnings().size(), "without the flag the warning does not fail");
    }

    @Test
    void hiddenAndUnderscoreFilesAreNotBanks() throws Exception {
        bank("intro.md", GOOD);
        bank("_section.md", "not a bank");
        bank(".drafts/x.md", "not a bank");
        assertEquals(1, generator().generate().quizzes());
    }
}
