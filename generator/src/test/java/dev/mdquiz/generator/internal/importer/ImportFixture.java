package dev.mdquiz.generator.internal.importer;

import dev.mdquiz.generator.Course;
import dev.mdquiz.generator.GeneratorConfig;
import dev.mdquiz.generator.ImportConfig;
import dev.mdquiz.generator.ImportException;
import dev.mdquiz.generator.ImportFormat;
import dev.mdquiz.generator.ImportResult;
import dev.mdquiz.generator.QuizGenerator;
import dev.mdquiz.generator.QuizImporter;
import dev.mdquiz.generator.internal.text.PlainText;
import dev.mdquiz.generator.model.Answer;
import dev.mdquiz.generator.model.ChoiceOption;
import dev.mdquiz.generator.model.Question;
import dev.mdquiz.generator.model.Quiz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Imports a text into a fresh source folder and reads the banks back with the generator's own parser. */
final class ImportFixture {
    final Path root;
    final Path source;
    ImportResult result;

    ImportFixture(Path root) {
        this.root = root;
        this.source = root.resolve("src/quiz");
    }

    ImportFixture run(String fileName, String content) throws IOException, ImportException {
        return run(fileName, content.getBytes(StandardCharsets.UTF_8), Optional.empty());
    }

    ImportFixture run(String fileName, byte[] content, Optional<ImportFormat> format) throws IOException,
            ImportException {
        Path file = root.resolve(fileName);
        Files.write(file, content);
        result = new QuizImporter(new ImportConfig(file, format, source, root)).run();
        return this;
    }

    List<String> diagnostics() {
        return result.diagnostics().stream().map(Object::toString).toList();
    }

    String bank(String path) throws IOException {
        return Files.readString(source.resolve(path));
    }

    /** The banks as the generator reads them; fails on any diagnostic the written Markdown causes. */
    List<Quiz> quizzes() throws Exception {
        GeneratorConfig config = GeneratorConfig.builder(source, root.resolve("site")).displayRoot(root).build();
        Course course = new QuizGenerator(config).read();
        assertEquals(List.of(), course.diagnostics().stream().map(Object::toString).toList(), "the written banks parse cleanly");
        return course.quizzes();
    }

    /** The answer of each question as text: what grades it right. */
    static String answers(Quiz quiz) {
        return quiz.questions().stream().map(ImportFixture::answer).collect(Collectors.joining("\n"));
    }

    static String answer(Question question) {
        return question.answer().accept(new Answer.Visitor<String>() {
            @Override
            public String choice(Answer.Choice choice) {
                return ((choice.type() == dev.mdquiz.generator.model.QuestionType.MULTIPLE_CHOICE ? "multiple" : "single") + " " + choice.options().stream().map(o -> (o.correct() ? "[x] " : "[ ] ")
                        + PlainText.of(o.text())).collect(Collectors.joining(" / "))).strip();
            }

            @Override
            public String fillIn(Answer.FillIn fillIn) {
                return "fill-in " + fillIn.blanks().stream().map(b -> b.accept(new Answer.BlankVisitor<String>() {
                    @Override
                    public String text(Answer.TextBlank t) {
                        return String.join("|", t.variants());
                    }

                    @Override
                    public String lines(Answer.LinesBlank lines) {
                        return "lines: " + lines.text().replace("\n", " / ");
                    }

                    @Override
                    public String number(Answer.NumericBlank n) {
                        return n.low().stripTrailingZeros().toPlainString() + ".."
                                + n.high().stripTrailingZeros().toPlainString();
                    }
                })).collect(Collectors.joining(", "));
            }

            @Override
            public String ordering(Answer.Ordering ordering) {
                return "ordering " + ordering.items().stream().map(i -> PlainText.of(i.text()))
                        .collect(Collectors.joining(" < "));
            }

            @Override
            public String matching(Answer.Matching matching) {
                return "matching " + matching.pairs().stream().map(p -> PlainText.of(p.left()) + " -> "
                        + PlainText.of(p.right())).collect(Collectors.joining(", "));
            }

            @Override
            public String none(Answer.None none) {
                return "none";
            }
        });
    }

    static List<ChoiceOption> options(Question question) {
        return ((Answer.Choice) question.answer()).options();
    }
}
