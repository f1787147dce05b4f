package dev.mdquiz.generator.internal.export;

import dev.mdquiz.generator.Course;
import dev.mdquiz.generator.Diagnostic;
import dev.mdquiz.generator.ExportResult;
import dev.mdquiz.generator.GeneratorConfig;
import dev.mdquiz.generator.QuizGenerator;
import dev.mdquiz.generator.internal.text.PlainText;
import dev.mdquiz.generator.model.Answer;
import dev.mdquiz.generator.model.ChoiceOption;
import dev.mdquiz.generator.model.Markup;
import dev.mdquiz.generator.model.Question;
import dev.mdquiz.generator.model.QuestionType;
import dev.mdquiz.generator.model.Quiz;
import dev.mdquiz.generator.model.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every exported GIFT file read back by gift-pegjs (npm, a GIFT parser other tools use, installed by the build):
 * it parses, and it holds each question the bank has, with the same texts, answers and weights; the questions GIFT
 * cannot hold are absent, each with a warning.
 */
class GiftParserTest {
    private static final Path PARSER = Path.of(System.getProperty("basedir", "."), "src/test/node/gift/parse.cjs");
    private static final Pattern NUMBER = Pattern.compile("  #(-?[0-9.e+-]+?)(?::(-?[0-9.e+-]+)|\\.\\.(-?[0-9.e+-]+))?");
    private static final Pattern WEIGHT = Pattern.compile("  ([=~])%(-?[0-9.]+)% .*");

    @TempDir
    Path project;

    @Test
    void everyKindReadsBackWithTheBanksAnswersAndWeights() throws Exception {
        Path source = ExportCourses.everyKind(project);
        List<String> warnings = exportAndCompare(ExportCourses.config(source, project).siteTitle("Course: one"));
        assertEquals(List.of(
                "week-1/every-kind.md:5:10: warning: gift: the introduction: link to other.md kept as its text: another"
                        + " bank has no page to lead to in the gift export",
                "week-1/every-kind.md:8:1: warning: gift: question q1: image img/dot.svg left out: gift cannot carry"
                        + " files",
                "week-1/every-kind.md:8:27: warning: gift: question q1: image other/dot.svg left out: gift cannot carry"
                        + " files",
                "week-1/every-kind.md:21:1: warning: gift: question q2: points=2 left out: GIFT has no question weights"
                        + " (the moodle format keeps them)",
                "week-1/every-kind.md:32:3: warning: gift: question q3: its hint left out: GIFT has no hints (the"
                        + " moodle format keeps them)",
                "week-1/every-kind.md:44:1: warning: gift: ordering question q9 left out: GIFT has no ordering"
                        + " questions",
                "week-1/every-kind.md:54:1: warning: gift: question q10: the formatting of 'emphasis' left out: Moodle"
                        + " shows the right-hand sides of matching pairs as plain text",
                "week-1/every-kind.md:56:1: warning: gift: fill-in question q11 with 4 blanks left out: a GIFT question"
                        + " holds one set of answers (the moodle format keeps it, as an Embedded answers question)"),
                warnings);
    }

    @Test
    void codeQuestionsAndMathReadBack() throws Exception {
        List<String> warnings = exportAndCompare(ExportCourses.config(ExportCourses.codeAndMath(project), project)
                .siteTitle("Course"));
        assertTrue(warnings.stream().anyMatch(warning -> warning.startsWith("code.md:20:1: warning: gift: question q3"
                + " will be graded by hand")), warnings.toString());
    }

    @Test
    void theSampleCourseAndTheFormatExamplesReadBack() throws Exception {
        exportAndCompare(ExportCourses.config(ExportCourses.SAMPLE_SOURCE, project.resolve("sample")));
        exportAndCompare(ExportCourses.config(ExportCourses.FORMAT_EXAMPLES, project.resolve("examples")));
    }

    /** Exports the course as GIFT, parses every file and compares; returns the warnings' texts. */
    private List<String> exportAndCompare(GeneratorConfig.Builder builder) throws Exception {
        GeneratorConfig config = builder.exportFormats(List.of("gift")).build();
        QuizGenerator generator = new QuizGenerator(config);
        ExportResult result = generator.export();
        Course course = generator.read();
        List<Path> files = new ArrayList<>();
        StringBuilder expected = new StringBuilder();
        for (Section section : course.sections()) {
            for (Quiz quiz : section.quizzes()) {
                Path file = config.exportDirectory().resolve("gift/" + quiz.id() + ".txt");
                files.add(file);
                expected.append(expected(config, course, section, quiz, file));
            }
        }
        String parsed = parse(files);
        assertEquals(expected.toString(), normalize(parsed));
        return result.warnings().stream().map(Diagnostic::toString).toList();
    }

    private static String parse(List<Path> files) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("node", PARSER.toString()));
        files.forEach(file -> command.add(file.toString()));
        Process node = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(node.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, node.exitValue(), out);
        return out;
    }

    /** Numbers as intervals, whichever way GIFT wrote them; multiple-select weights checked to share 100 and -100. */
    private static String normalize(String parsed) {
        StringBuilder out = new StringBuilder();
        List<BigDecimal> positive = new ArrayList<>();
        List<BigDecimal> negative = new ArrayList<>();
        for (String line : parsed.split("\n", -1)) {
            Matcher number = NUMBER.matcher(line);
            Matcher weight = WEIGHT.matcher(line);
            if (!line.startsWith("  ")) {
                checkShares(positive, negative);
            }
            if (number.matches()) {
                BigDecimal value = new BigDecimal(number.group(1));
                BigDecimal low = number.group(2) != null ? value.subtract(new BigDecimal(number.group(2)))
                        : value;
                BigDecimal high = number.group(2) != null ? value.add(new BigDecimal(number.group(2)))
                        : number.group(3) != null ? new BigDecimal(number.group(3)) : value;
                line = "  # " + interval(low, high);
            } else if (weight.matches()) {
                BigDecimal share = new BigDecimal(weight.group(2));
                (share.signum() > 0 ? positive : negative).add(share);
            }
            out.append(line).append('\n');
        }
        checkShares(positive, negative);
        return out.toString().strip() + "\n";
    }

    private static void checkShares(List<BigDecimal> positive, List<BigDecimal> negative) {
        if (!positive.isEmpty()) {
            assertEquals(100, positive.stream().reduce(BigDecimal.ZERO, BigDecimal::add).doubleValue(), 0.0001);
        }
        if (!negative.isEmpty()) {
            assertEquals(-100, negative.stream().reduce(BigDecimal.ZERO, BigDecimal::add).doubleValue(), 0.0001);
        }
        positive.clear();
        negative.clear();
    }

    private static String interval(BigDecimal low, BigDecimal high) {
        return "[" + plain(low) + ", " + plain(high) + "]";
    }

    private static String plain(BigDecimal number) {
        return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
    }

    /** What the bank says, in the parser script's lines. */
    private String expected(GeneratorConfig config, Course course, Section section, Quiz quiz, Path file) {
        ExportBank bank = new ExportBank(quiz, List.of(), config.sourceDirectory(), new ExportWarnings("", "gift"));
        ExportHtml html = new ExportHtml(bank, (link, bytes) -> Optional.empty());
        StringBuilder out = new StringBuilder("== " + file + "\n");
        String courseTitle = course.top() != null && !course.top().title().isEmpty() ? course.top().title()
                : config.siteTitle();
        String category = "$course$/top/" + courseTitle.replace("/", "//")
                + (section.path().isEmpty() ? "" : "/" + section.title().replace("/", "//"))
                + "/" + quiz.title().replace("/", "//");
        out.append("Category ").append(json(category)).append('\n');
        if (!quiz.intro().isEmpty()) {
            out.append("Description ").append(json(quiz.title())).append(" html ")
                    .append(json(html.html(quiz.intro(), null, blank -> ""))).append('\n');
        }
        for (Question question : quiz.questions()) {
            out.append(question.answer().accept(new Answer.Visitor<String>() {
                @Override
                public String choice(Answer.Choice choice) {
                    boolean single = choice.type() == QuestionType.SINGLE_CHOICE;
                    long correct = choice.correctCount();
                    long wrong = choice.options().size() - correct;
                    StringBuilder lines = new StringBuilder(head("MC", question, html.html(question.stem(), question,
                            blank -> "")));
                    for (ChoiceOption option : choice.options()) {
                        lines.append("  ").append(option.correct() ? single ? "=" : "~" : "~");
                        if (!single) {
                            lines.append('%').append(option.correct() ? share(correct) : "-" + share(wrong)).append('%');
                        }
                        lines.append(' ').append(json(text(option.text())));
                        if (!option.feedback().isEmpty()) {
                            lines.append(" # ").append(json(text(option.feedback())));
                        }
                        lines.append('\n');
                    }
                    return lines + explanation();
                }

                @Override
                public String fillIn(Answer.FillIn fillIn) {
                    if (HandGraded.needed(fillIn)) {
                        String stem = html.html(question.stem(), question,
                                blank -> HandGraded.placeholder(fillIn, blank.number()));
                        return head("Essay", question, stem) + "  #### " + json((text(question.explanation())
                                + HandGraded.expectedHtml(fillIn)).strip()) + "\n";
                    }
                    if (fillIn.blanks().size() > 1) {
                        return "";
                    }
                    String stem = html.html(question.stem(), question, blank -> " _____ ");
                    if (fillIn.blanks().get(0) instanceof Answer.NumericBlank numeric) {
                        return head("Numerical", question, stem) + "  # " + interval(numeric.low(), numeric.high())
                                + "\n" + explanation();
                    }
                    StringBuilder lines = new StringBuilder(head("Short", question, stem));
                    for (String variant : ((Answer.TextBlank) fillIn.blanks().get(0)).variants()) {
                        lines.append("  = ").append(json(variant.replace("*", "\\*").strip())).append('\n');
                    }
                    return lines + explanation();
                }

                @Override
                public String ordering(Answer.Ordering ordering) {
                    return "";
                }

                @Override
                public String matching(Answer.Matching matching) {
                    StringBuilder lines = new StringBuilder(head("Matching", question, text(question.stem())));
                    for (Answer.Pair pair : matching.pairs()) {
                        lines.append("  ").append(json(text(pair.left()))).append(" -> ")
                                .append(json(PlainText.LMS.render(pair.right()).strip())).append('\n');
                    }
                    return lines + explanation();
                }

                @Override
                public String none(Answer.None none) {
                    return head("Description", question, text(question.stem()));
                }

                private String text(Markup markup) {
                    return html.html(markup, question, blank -> "");
                }

                private String explanation() {
                    return question.explanation().isEmpty() ? ""
                            : "  #### " + json(text(question.explanation())) + "\n";
                }
            }));
        }
        return out.toString();
    }

    private static String head(String type, Question question, String stem) {
        String name = PlainText.of(question.stem()).strip().replaceAll("\\s+", " ");
        if (name.codePointCount(0, name.length()) > 60) {
            name = name.substring(0, name.offsetByCodePoints(0, 59)) + "…";
        }
        // gift-pegjs writes a blank of the text as " _____ " among the text around it
        String text = stem.strip().replaceAll("\\s*_____\\s*", " _____ ");
        return type + " " + json(name.isEmpty() ? question.id() : name) + " html " + json(text) + "\n";
    }

    private static String share(long n) {
        return plain(BigDecimal.valueOf(100).divide(BigDecimal.valueOf(n), new MathContext(7, RoundingMode.HALF_UP))
                .setScale(5, RoundingMode.HALF_UP));
    }

    /** As JavaScript's JSON.stringify writes a string. */
    private static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
