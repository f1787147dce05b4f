package dev.mdquiz.generator.internal.model;

/**
 * One parsed question.
 *
 * @param number          1-based position in its bank
 * @param id              the author's id from a directive, or {@code q<number>}
 * @param position        where the question starts
 * @param stemHtml        the question text as HTML; blanks are already rendered as inputs (the render stage adds
 *                        their language-dependent aria-label)
 * @param stemText        the question text without markup, for checks
 * @param hintHtml        shown on request; empty when there is none
 * @param hintText        the hint without markup, for checks
 * @param hintPosition    where the hint starts; the question's position when there is none
 * @param answer          what the learner must produce
 * @param explanationHtml shown after checking; empty when there is none
 * @param points          weight in the score
 */
public record Question(int number, String id, SourcePosition position, String stemHtml, String stemText,
                       String hintHtml, String hintText, SourcePosition hintPosition, Answer answer,
                       String explanationHtml, int points) {

    public QuestionType type() {
        return answer.type();
    }
}
