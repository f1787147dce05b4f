package dev.mdquiz.generator.internal.importer;

import dev.mdquiz.generator.Course;
import dev.mdquiz.generator.Diagnostic;
import dev.mdquiz.generator.GeneratorConfig;
import dev.mdquiz.generator.ImportConfig;
import dev.mdquiz.generator.ImportFormat;
import dev.mdquiz.generator.ImportResult;
import dev.mdquiz.generator.QuizGenerator;
import dev.mdquiz.generator.QuizImporter;
import dev.mdquiz.generator.Severity;
import dev.mdquiz.generator.internal.export.ExportBank;
import dev.mdquiz.generator.internal.export.ExportCourses;
import dev.mdquiz.generator.internal.export.ExportFormat;
import dev.mdquiz.generator.internal.export.ExportWarnings;
import dev.mdquiz.generator.internal.export.gift.GiftFormat;
import dev.mdquiz.generator.internal.export.moodle.MoodleXmlFormat;
import dev.mdquiz.generator.model.Question;
import dev.mdquiz.generator.model.Quiz;
import dev.mdquiz.generator.model.SourcePosition;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Every bank of the test suite and the sample course, exported to GIFT and to Moodle XML by quiz:export's formats
 * and imported back, builds without a diagnostic and grades the same answers right: the same options right and
 * wrong, blank variants and numeric intervals, ordering and pairs. The only differences allowed are the documented
 * losses: questions the export leaves out (it says so), questions it makes essays graded by hand (an answer of
 * several lines; it says so), which the import does not carry over, and checkboxes over one right option, which GIFT
 * and Moodle cannot tell from a single choice.
 */
class RoundTripTest {
    private static final Path BASE = Path.of(System.getProperty("basedir", "."));
    /** The export's warning that it left a whole question out ("ordering question q3 left out: ..."). */
    private static final Pattern LEFT_OUT =
            Pattern.compile("(?:^|: )(?:[a-z-]+ )?question \\S+"
                    + "(?:(?: with \\d+ blanks)? left out:| will be graded by hand:)");

    /** A formula as the exports write it. */
    private static final Pattern LMS_MATH = Pattern.compile("\\\\\\((.*?)\\\\\\)|\\\\\\[(.*?)\\\\\\]");

    @TempDir
    Path root;

    /** What the export tests' bank of every kind has not: checkboxes over one right option, a choice's hint. */
    private static final String MORE = """
            **1.** Only one is right, but checkboxes.
            <!-- quiz: multiple -->

            - [x] this
            - [ ] that

            **2.** Which one is *right*?

            > Hint: think of `{}`

            - [ ] wrong = no
            - [x] right ~ yes
            """;

    static Stream<Arguments> banks() throws Exception {
        List<Arguments> banks = new ArrayList<>();
        Path more = Files.createTempDirectory("round-trip-more");
        Files.writeString(more.resolve("more.md"), MORE);
        for (Path source : List.of(BASE.resolve("src/test/resources/format-examples"),
                BASE.resolve("src/test/resources/browser"), BASE.resolve("../sample-site/src/quiz").normalize(),
                ExportCourses.everyKind(Files.createTempDirectory("round-trip-every-kind")),
                ExportCourses.codeAndMath(Files.createTempDirectory("round-trip-code")), more)) {
            Path out = Files.createTempDirectory("round-trip-site");
            Course course = new QuizGenerator(GeneratorConfig.builder(source, out).displayRoot(source).build()).read();
            Set<String> broken = course.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR)
                    .map(Diagnostic::path).collect(Collectors.toSet());
            for (Quiz quiz : course.quizzes()) {
                if (!broken.contains(quiz.id() + ".md")) {
                    // the warnings a bank has itself (the mojibake examples) it keeps when it comes back
                    Set<String> own = course.diagnostics().stream().filter(d -> d.path().equals(quiz.id() + ".md"))
                            .map(Diagnostic::message).collect(Collectors.toSet());
                    for (String format : List.of("gift", "moodle")) {
                        banks.add(Arguments.of(source.getFileName() + "/" + quiz.id(), format, source, quiz, own));
                    }
                }
            }
        }
        assertFalse(banks.isEmpty());
        return banks.stream();
    }

    @ParameterizedTest(name = "{0} through {1}")
    @MethodSource("banks")
    void exportedAndImportedBackGradesTheSameAnswersRight(String name, String formatName, Path source, Quiz quiz,
                                                          Set<String> own) throws Exception {
        ExportFormat format = formatName.equals("gift") ? new GiftFormat() : new MoodleXmlFormat();
        ExportWarnings warnings = new ExportWarnings(quiz.id(), formatName);
        byte[] exported = format.write(new ExportBank(quiz, List.of(), source, warnings));
        Set<SourcePosition> leftOut = warnings.diagnostics().stream()
                .filter(d -> LEFT_OUT.matcher(d.message()).find())
                .map(d -> new SourcePosition(d.line(), d.column())).collect(Collectors.toSet());

        Path file = root.resolve("bank" + format.extension());
        Files.write(file, exported);
        Path imported = root.resolve("imported");
        ImportResult result = new QuizImporter(new ImportConfig(file, Optional.of(formatName.equals("gift")
                ? ImportFormat.GIFT : ImportFormat.MOODLE_XML), imported, root)).run();
        assertEquals(List.of(), result.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR)
                .map(Object::toString).toList(), new String(exported, java.nio.charset.StandardCharsets.UTF_8));

        List<String> expected = quiz.questions().stream().filter(q -> !leftOut.contains(q.position()))
                .map(RoundTripTest::graded).toList();
        List<String> actual = read(imported, own).stream().flatMap(q -> q.questions().stream()).map(RoundTripTest::graded)
                .toList();
        assertEquals(String.join("\n", expected), String.join("\n", actual), whatWasWritten(exported, imported));
        assertFalse(actual.isEmpty(), "the export carried at least one question");
    }

    /**
     * What grades a question right; checkboxes over one right option read as a single choice, and a formula comes
     * back as its exported {@code \\(...\\)} text (known losses, docs/import.md).
     */
    private static String graded(Question question) {
        String answer = ImportFixture.answer(question).replaceFirst("^multiple (?=[^x]*\\[x][^x]*$)", "single ");
        return LMS_MATH.matcher(answer).replaceAll(match -> Matcher.quoteReplacement(match.group(1) != null
                ? "$" + match.group(1) + "$"
                : "$$" + match.group(2) + "$$"));
    }

    /** The exported file and the banks made of it, to read when the answers differ. */
    private static String whatWasWritten(byte[] exported, Path imported) throws IOException {
        StringBuilder out = new StringBuilder(new String(exported, java.nio.charset.StandardCharsets.UTF_8));
        try (Stream<Path> files = Files.walk(imported)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.append("\n=== ").append(f).append('\n').append(Files.readString(f));
            }
        }
        return out.toString();
    }

    private static List<Quiz> read(Path source, Set<String> own) throws IOException {
        if (!Files.isDirectory(source)) {
            return List.of();
        }
        try {
            Course course = new QuizGenerator(GeneratorConfig.builder(source, source.resolveSibling("site"))
                    .displayRoot(source).build()).read();
            assertEquals(List.of(), course.diagnostics().stream().filter(d -> !own.contains(d.message()))
                    .map(Object::toString).toList());
            return course.quizzes();
        } catch (dev.mdquiz.generator.QuizBuildException e) {
            throw new AssertionError(e);
        }
    }
}
