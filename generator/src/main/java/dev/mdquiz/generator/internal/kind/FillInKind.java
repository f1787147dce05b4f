package dev.mdquiz.generator.internal.kind;

import dev.mdquiz.generator.internal.answers.AnswerRow;
import dev.mdquiz.generator.internal.key.AnswerText;
import dev.mdquiz.generator.internal.key.KeyPlan;
import dev.mdquiz.generator.internal.key.QuestionKey;
import dev.mdquiz.generator.internal.key.ResponsePart;
import dev.mdquiz.generator.internal.key.ResponsePart.Accepted;
import dev.mdquiz.generator.internal.render.MarkupHtml;
import dev.mdquiz.generator.internal.render.ThemePart;
import dev.mdquiz.generator.internal.report.Report;
import dev.mdquiz.generator.internal.text.PlainText;
import dev.mdquiz.generator.model.Answer;
import dev.mdquiz.generator.model.CodeWithBlanks;
import dev.mdquiz.generator.model.Markup;
import dev.mdquiz.generator.model.NumericGrid;
import dev.mdquiz.generator.model.Question;
import dev.mdquiz.generator.model.SourcePosition;
import dev.mdquiz.generator.internal.parse.AnswerSource;
import org.commonmark.node.Node;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Blanks in the question text: short answers with accepted variants, exact numbers and numeric ranges. */
public final class FillInKind implements QuestionKind {
    /** Grid points from 2^53 up are not all doubles. */
    private static final BigDecimal BROWSER_EXACT_LIMIT = new BigDecimal(BigInteger.ONE.shiftLeft(53));

    private final Answer.FillIn fillIn;

    FillInKind(Answer.FillIn fillIn) {
        this.fillIn = fillIn;
    }

    public static boolean hasBlanks(Node block) {
        return AnswerSource.containsBlank(block);
    }

    /** Parse stage: the blanks cut out of the blocks that hold them, which keep a placeholder for each. */
    public static Answer.FillIn parse(List<Node> withBlanks, SourcePosition fallback, AnswerSource source) {
        List<Answer.Blank> blanks = source.extractBlanks(withBlanks, fallback);
        return new Answer.FillIn(blanks, blanks.get(0).position());
    }

    /** The blanks may be all of the text, so a fill-in needs no other. */
    @Override
    public void check(Question question, Report report) {
        fillIn.blanks().forEach(blank -> checkBrowserPrecision(question.number(), blank, report));
    }

    /**
     * The page rounds a number in a range to the range's grid with a double: a grid point or a bound beyond what a
     * double holds exactly would grade right answers wrong. Exact answers are compared as decimal strings.
     */
    private static void checkBrowserPrecision(int number, Answer.Blank blank, Report report) {
        if (!(blank instanceof Answer.NumericBlank numeric) || numeric.low().compareTo(numeric.high()) == 0) {
            return;
        }
        NumericGrid grid = NumericGrid.of(numeric);
        BigDecimal largest = numeric.low().abs().max(numeric.high().abs()).movePointLeft(grid.exponent());
        boolean tooPrecise = Stream.of(numeric.low(), numeric.high()).anyMatch(b -> b.stripTrailingZeros().precision() > 15);
        if (tooPrecise || largest.compareTo(BROWSER_EXACT_LIMIT) >= 0) {
            report.error(numeric.position(), "question " + number + ": the range "
                    + numeric.low().toPlainString() + ".." + numeric.high().toPlainString()
                    + " needs more precision than a browser's numbers have (15 significant digits):"
                    + " use fewer digits, or an exact answer such as [[=" + numeric.low().toPlainString() + "]]");
        }
    }

    @Override
    public List<String> giveaways() {
        List<String> texts = new ArrayList<>();
        for (Answer.Blank blank : fillIn.blanks()) {
            if (blank instanceof Answer.TextBlank text) {
                texts.addAll(text.variants());
            } else if (blank instanceof Answer.LinesBlank lines) {
                texts.add(lines.text());
            }
        }
        return texts;
    }

    /** The blanks stand in the question text, which the salt holds already, as {@code ___}. */
    @Override
    public String publicShape() {
        return fillIn.type().attribute();
    }

    @Override
    public KeyPlan keyPlan(String salt) {
        List<ResponsePart> parts = new ArrayList<>();
        for (int i = 0; i < fillIn.blanks().size(); i++) {
            parts.add(new ResponsePart("b" + (i + 1), accepted(fillIn.blanks().get(i)), ResponsePart.Kind.BLANK));
        }
        return new KeyPlan(List.of(), List.of(), parts);
    }

    private static List<Accepted> accepted(Answer.Blank blank) {
        return blank.accept(new Answer.BlankVisitor<>() {
            @Override
            public List<Accepted> text(Answer.TextBlank text) {
                return text.variants().stream().map(AnswerText::normalize).distinct().map(Accepted::of).toList();
            }

            @Override
            public List<Accepted> lines(Answer.LinesBlank lines) {
                return List.of(Accepted.of(AnswerText.lines(lines.text())));
            }

            @Override
            public List<Accepted> number(Answer.NumericBlank numeric) {
                NumericGrid grid = NumericGrid.of(numeric);
                if (grid.exact()) {
                    return List.of(Accepted.of(NumericGrid.canonical(numeric.low())));
                }
                return grid.points().stream().map(Accepted::onGrid).toList();
            }
        });
    }

    @Override
    public boolean openAnswer() {
        return true;
    }

    @Override
    public List<Markup> optionFeedback() {
        return List.of();
    }

    /** Blanks in code (a {@code blanks} code block) are inputs in the code, an answer of several lines a text area. */
    @Override
    public Set<ThemePart> themeParts(Question question) {
        return question.stem().blocks().stream().anyMatch(FillInKind::holdsCode)
                ? EnumSet.of(ThemePart.FILL_IN, ThemePart.CODE) : EnumSet.of(ThemePart.FILL_IN);
    }

    private static boolean holdsCode(Node node) {
        if (node instanceof CodeWithBlanks) {
            return true;
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (holdsCode(child)) {
                return true;
            }
        }
        return false;
    }

    /** The blanks are inputs in the question text, which the renderer makes. */
    @Override
    public void pageModel(Question question, Map<String, Object> model, QuestionKey key, MarkupHtml html,
                          List<String> feedbackHtml) {
    }

    @Override
    public List<AnswerRow> answerRows(PlainText form) {
        List<AnswerRow> rows = new ArrayList<>();
        for (int i = 0; i < fillIn.blanks().size(); i++) {
            rows.add(new AnswerRow("blank " + (i + 1), fillIn.blanks().get(i).accept(new Answer.BlankVisitor<>() {
                @Override
                public String text(Answer.TextBlank text) {
                    return form.literal(String.join(" | ", text.variants()));
                }

                @Override
                public String lines(Answer.LinesBlank lines) {
                    return linesAnswer(lines, form);
                }

                @Override
                public String number(Answer.NumericBlank number) {
                    return form.literal(describe(number));
                }
            })));
        }
        return rows;
    }

    /** Lines stay lines in plain text (CSV quotes them); in Markdown each is code, joined by a return sign. */
    private static String linesAnswer(Answer.LinesBlank lines, PlainText form) {
        String text = AnswerText.lines(lines.text());
        return form == PlainText.PLAIN ? text : String.join(" ⏎ ", text.lines()
                .map(line -> line.isEmpty() ? "(empty line)" : form.code(line)).toList());
    }

    private static String describe(Answer.NumericBlank number) {
        NumericGrid grid = NumericGrid.of(number);
        if (grid.exact()) {
            return number.low().toPlainString();
        }
        // the page rounds to the grid, so half a step beyond each end passes too (docs/answer-keys.md)
        BigDecimal step = BigDecimal.ONE.scaleByPowerOfTen(grid.exponent());
        BigDecimal half = step.divide(BigDecimal.valueOf(2));
        BigDecimal from = new BigDecimal(grid.points().get(0)).multiply(step).subtract(half);
        BigDecimal below = new BigDecimal(grid.points().get(grid.points().size() - 1)).multiply(step).add(half);
        return number.low().toPlainString() + " to " + number.high().toPlainString() + " (graded on steps of "
                + step.toPlainString() + ": " + from.toPlainString() + " passes and " + below.toPlainString()
                + " does not)";
    }
}
