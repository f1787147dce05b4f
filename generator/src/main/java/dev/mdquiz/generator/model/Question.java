package dev.mdquiz.generator.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One parsed question.
 *
 * @param number       1-based position in its bank
 * @param id           the author's id from a directive, or {@code q<number>}
 * @param position     where the question starts
 * @param stem         the question text, with its blanks
 * @param hint         shown on request; empty when there is none
 * @param hintPosition where the hint starts; the question's position when there is none
 * @param answer       what the learner must produce
 * @param explanation  shown after checking; empty when there is none
 * @param points       weight in the score
 */
public record Question(int number, String id, SourcePosition position, Markup stem, Markup hint,
                       SourcePosition hintPosition, Answer answer, Markup explanation, int points) {

    public QuestionType type() {
        return answer.type();
    }

    /** Every part of the question, in the order its page shows them (options before their feedback). */
    public List<Markup> parts() {
        List<Markup> answerParts = answer.parts();
        List<Markup> parts = new ArrayList<>(answerParts.size() + 3);
        parts.add(stem);
        parts.add(hint);
        parts.addAll(answerParts);
        parts.add(explanation);
        return parts;
    }
}
