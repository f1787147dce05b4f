package dev.mdquiz.generator.internal.answers;

import dev.mdquiz.generator.internal.kind.QuestionKind;
import dev.mdquiz.generator.internal.text.PlainText;
import dev.mdquiz.generator.model.Question;

import java.util.List;

/**
 * One accepted answer of a question, in words for teachers.
 *
 * @param part   what is answered: {@code option 2}, {@code blank 1}, {@code position 3}, a left-hand side
 * @param answer the correct option, the accepted variants, the number or range, the item, the right-hand side
 */
public record AnswerRow(String part, String answer) {

    /** @param form how the key writes text: plain, or as Markdown */
    static List<AnswerRow> of(Question question, PlainText form) {
        return QuestionKind.of(question.answer()).answerRows(form);
    }
}
