package dev.mdquiz.generator.internal.answers;

import dev.mdquiz.generator.model.Answer;
import dev.mdquiz.generator.model.ChoiceOption;
import dev.mdquiz.generator.model.NumericGrid;
import dev.mdquiz.generator.model.Question;
import dev.mdquiz.generator.internal.text.PlainText;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One accepted answer of a question, in words for teachers.
 *
 * @param part   what is answered: {@code option 2}, {@code blank 1}, {@code position 3}, a left-hand side
 * @param answer the correct option, the accepted variants, the number or range, the item, the right-hand side
 */
record AnswerRow(String part, String answer) {

    /** @param form how the key writes text: plain, or as Markdown */
    static List<AnswerRow> of(Question question, PlainText form) {
        List<AnswerRow> rows = new ArrayList<>();
        Answer answer = question.answer();
        if (answer instanceof Answer.Choice choice) {
            for (int i = 0; i < choice.options().size(); i++) {
                ChoiceOption option = choice.options().get(i);
                if (option.correct()) {
                    rows.add(new AnswerRow("option " + (i + 1), form.render(option.text())));
                }
            }
        } else if (answer instanceof Answer.FillIn fillIn) {
            for (int i = 0; i < fillIn.blanks().size(); i++) {
                rows.add(new AnswerRow("blank " + (i + 1), form.literal(describe(fillIn.blanks().get(i)))));
            }
        } else if (answer instanceof Answer.Ordering ordering) {
            for (int i = 0; i < ordering.items().size(); i++) {
                rows.add(new AnswerRow("position " + (i + 1), form.render(ordering.items().get(i).text())));
            }
        } else if (answer instanceof Answer.Matching matching) {
            matching.pairs().forEach(pair -> rows.add(new AnswerRow(form.render(pair.left()),
                    form.render(pair.right()))));
        }
        return rows;
    }

    private static String describe(Answer.Blank blank) {
        if (blank instanceof Answer.TextBlank text) {
            return String.join(" | ", text.variants());
        }
        Answer.NumericBlank number = (Answer.NumericBlank) blank;
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
