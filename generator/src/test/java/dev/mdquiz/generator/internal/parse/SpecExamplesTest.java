package dev.mdquiz.generator.internal.parse;

import dev.mdquiz.generator.Diagnostic;
import dev.mdquiz.generator.Severity;
import dev.mdquiz.generator.model.Answer;
import dev.mdquiz.generator.model.ChoiceOption;
import dev.mdquiz.generator.model.Markup;
import dev.mdquiz.generator.model.Question;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs every {@code example} block of docs/format.md, in the manner of the CommonMark spec tests. */
class SpecExamplesTest {
    private static final Path SPEC = Path.of("..", "docs", "format.md");
    private static final String FENCE = "````````````````````````````````";

    record Example(int line, String section, String markdown, String expected) {
        @Override
        public String toString() {
            return "format.md:" + line + " (" + section + ")";
        }
    }

    static List<Example> examples() throws IOException {
        List<String> lines = Files.readAllLines(SPEC);
        List<Example> examples = new ArrayList<>();
        String section = "";
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("## ")) {
                section = lines.get(i).substring(3);
            }
            if (lines.get(i).equals(FENCE + " example")) {
                int start = i;
                StringBuilder markdown = new StringBuilder();
                StringBuilder expected = new StringBuilder();
                StringBuilder target = markdown;
                for (i++; !lines.get(i).equals(FENCE); i++) {
                    if (lines.get(i).equals(".") && target == markdown) {
                        target = expected;
                    } else {
                        target.append(lines.get(i)).append('\n');
                    }
                }
                examples.add(new Example(start + 1, section, markdown.toString(), expected.toString()));
            }
        }
        assertTrue(examples.size() >= 20, "the spec holds its examples");
        return examples;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void example(Example example) {
        Banks.Result result = Banks.parse("example", example.markdown());
        assertEquals(trim(example.expected()), trim(dump(result)), example.markdown());
    }

    static String dump(Banks.Result result) {
        StringBuilder out = new StringBuilder();
        for (Question question : result.quiz().questions()) {
            out.append("question ").append(question.number()).append(": ").append(question.type().attribute()).append('\n');
            if (!question.id().equals("q" + question.number())) {
                out.append("  id: ").append(question.id()).append('\n');
            }
            if (question.points() != 1) {
                out.append("  points: ").append(question.points()).append('\n');
            }
            out.append("  stem: ").append(inlineText(question.stem())).append('\n');
            line(out, "  hint: ", text(question.hint()));
            dumpAnswer(out, question.answer());
            line(out, "  explanation: ", text(question.explanation()));
        }
        result.diagnostics().stream()
                .sorted(Comparator.comparing(Diagnostic::severity).thenComparing(Diagnostic.ORDER))
                .forEach(d -> out.append(d.severity() == Severity.ERROR ? "error " : "warning ")
                        .append(d.line()).append(':').append(d.column()).append(": ").append(d.message()).append('\n'));
        return out.toString();
    }

    private static void dumpAnswer(StringBuilder out, Answer answer) {
        if (answer instanceof Answer.Choice choice) {
            for (ChoiceOption option : choice.options()) {
                out.append("  option: ").append(option.correct() ? "[x] " : "[ ] ").append(inlineText(option.text()))
                        .append('\n');
                line(out, "    feedback: ", text(option.feedback()));
            }
        } else if (answer instanceof Answer.FillIn fillIn) {
            for (int i = 0; i < fillIn.blanks().size(); i++) {
                out.append("  blank ").append(i + 1).append(": ").append(describe(fillIn.blanks().get(i))).append('\n');
            }
        } else if (answer instanceof Answer.Ordering ordering) {
            ordering.items().forEach(item -> out.append("  item").append(ordering.isCode() && item.indent() > 0
                    ? " (indent " + item.indent() + ")" : "").append(": ").append(inlineText(item.text())).append('\n'));
        } else if (answer instanceof Answer.Matching matching) {
            matching.pairs().forEach(pair -> out.append("  pair: ").append(inlineText(pair.left())).append(" -> ")
                    .append(inlineText(pair.right())).append('\n'));
        }
    }

    private static String describe(Answer.Blank blank) {
        if (blank instanceof Answer.TextBlank text) {
            return String.join(" | ", text.variants());
        }
        if (blank instanceof Answer.LinesBlank lines) {
            return "lines: " + lines.text().replace("\n", " / ");
        }
        Answer.NumericBlank number = (Answer.NumericBlank) blank;
        return number.low().compareTo(number.high()) == 0
                ? "number " + number.low().toPlainString()
                : "number " + number.low().toPlainString() + ".." + number.high().toPlainString();
    }

    private static void line(StringBuilder out, String label, String text) {
        if (!text.isEmpty()) {
            out.append(label).append(text).append('\n');
        }
    }

    /** A part as the page shows it, in the spec's words: code in quotes, each element on a line of its own. */
    private static String text(Markup part) {
        return oneLine(decode(math(images(codeBlocks(Banks.html(part)))).replaceAll("</?code>", "\"").replaceAll("<[^>]+>", "\n")));
    }

    /** A code block as its lines, without highlighting: in the spec's words code blocks are plain text. */
    private static String codeBlocks(String html) {
        return html.replaceAll("<span class=\"tok-[a-z]\">([^<]*)</span>", "$1")
                .replaceAll("(?s)<pre[^>]*><code[^>]*>(.*?)</code></pre>", "\n$1\n");
    }

    /** The same for a question text or an option, whose inline elements stay on their line. */
    private static String inlineText(Markup part) {
        return oneLine(decode(math(images(codeBlocks(Banks.html(part)))).replaceAll("</?code>", "\"").replaceAll("<[^>]+>", "")));
    }

    /** A formula, in the spec's words: its accessible name (its TeX) between the dollars it was written with. */
    private static String math(String html) {
        return html.replaceAll("<math display=\"block\" alttext=\"([^\"]*)\"[^>]*>.*?</math>", "\\$\\$$1\\$\\$")
                .replaceAll("<math alttext=\"([^\"]*)\"[^>]*>.*?</math>", "\\$$1\\$");
    }

    /** An image, in the spec's words: its description in quotes, then its path. */
    private static String images(String html) {
        return html.replaceAll("<img src=\"([^\"]*)\" alt=\"([^\"]*)\"[^>]*>", "\"$2\" ($1)");
    }

    private static String decode(String html) {
        return html.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private static String oneLine(String text) {
        return String.join(" / ", text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
    }

    private static String trim(String text) {
        return String.join("\n", text.lines().map(String::stripTrailing).toList()).strip();
    }
}
