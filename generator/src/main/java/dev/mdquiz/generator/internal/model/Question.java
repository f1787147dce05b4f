package dev.mdquiz.generator.internal.model;

import java.util.List;

/**
 * One parsed question.
 *
 * @param number          1-based position in its bank
 * @param position        where the question starts
 * @param stemHtml        the question text as HTML (may hold several blocks)
 * @param stemText        the question text without markup, for checks
 * @param options         the options in source order; empty when the author wrote none
 * @param optionsPosition where the options list starts, or the question start when there is none
 * @param explanationHtml HTML shown after checking; empty when there is none
 */
public record Question(int number, SourcePosition position, String stemHtml, String stemText,
                       List<ChoiceOption> options, SourcePosition optionsPosition, String explanationHtml) {

    public Question {
        options = List.copyOf(options);
    }

    public long correctCount() {
        return options.stream().filter(ChoiceOption::correct).count();
    }

    public QuestionType type() {
        return correctCount() > 1 ? QuestionType.MULTIPLE_CHOICE : QuestionType.SINGLE_CHOICE;
    }
}
