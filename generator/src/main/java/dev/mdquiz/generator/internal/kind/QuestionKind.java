package dev.mdquiz.generator.internal.kind;

import dev.mdquiz.generator.internal.answers.AnswerRow;
import dev.mdquiz.generator.internal.key.KeyPlan;
import dev.mdquiz.generator.internal.key.QuestionKey;
import dev.mdquiz.generator.internal.render.MarkupHtml;
import dev.mdquiz.generator.internal.render.ThemePart;
import dev.mdquiz.generator.internal.report.Report;
import dev.mdquiz.generator.internal.text.PlainText;
import dev.mdquiz.generator.model.Answer;
import dev.mdquiz.generator.model.Markup;
import dev.mdquiz.generator.model.Question;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything one kind of question does after parsing, stage by stage: each kind is one class, and a kind that
 * misses a stage does not compile. The stages reach a question's kind through {@link #of}, whose visitor has a
 * case per kind of {@link Answer}.
 */
public interface QuestionKind {

    static QuestionKind of(Answer answer) {
        return answer.accept(new Answer.Visitor<>() {
            @Override
            public QuestionKind choice(Answer.Choice choice) {
                return new ChoiceKind(choice);
            }

            @Override
            public QuestionKind fillIn(Answer.FillIn fillIn) {
                return new FillInKind(fillIn);
            }

            @Override
            public QuestionKind ordering(Answer.Ordering ordering) {
                return new OrderingKind(ordering);
            }

            @Override
            public QuestionKind matching(Answer.Matching matching) {
                return new MatchingKind(matching);
            }

            @Override
            public QuestionKind none(Answer.None none) {
                return new NoAnswerKind(none);
            }
        });
    }

    /** Check stage: what makes the answer part unusable (errors) or misleading (warnings). */
    void check(Question question, Report report);

    /** Check stage: the answers a hint must not spell out. */
    List<String> giveaways();

    /** Key stage: what the page shows of the answer, mixed into the salt; never the answer itself. */
    String publicShape();

    /** Key stage: the parts of a response with the values each accepts, and the ids the page shows. */
    KeyPlan keyPlan(String salt);

    /** Key stage: whether guesses come from a dictionary or a number line rather than a list, so keys stretch. */
    boolean openAnswer();

    /** Render stage: each option's feedback, in option order, which a locked question hides; empty without options. */
    List<Markup> optionFeedback();

    /**
     * Render stage: the kind's entries of the template's model ({@code options}, {@code items}, {@code lefts},
     * {@code rights}; the others stay empty lists).
     *
     * @param feedbackHtml each option's feedback HTML, or none when the question is locked
     */
    void pageModel(Question question, Map<String, Object> model, QuestionKey key, MarkupHtml html,
                          List<String> feedbackHtml);

    /**
     * Render stage: the theme parts the question's page carries for it, its kind's script and style, and code.js
     * and code.css where it has code to answer (blanks in code, lines of code to order); a page carries no part
     * that none of its questions needs.
     */
    Set<ThemePart> themeParts(Question question);

    /** The teachers' answer key: one row per accepted part. */
    List<AnswerRow> answerRows(PlainText form);
}
